package dev.foresight.tokenrefresh.key;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

/** The RSA key that signs access tokens, with its RFC 7638 thumbprint as {@code kid}. */
public record SigningKey(String kid, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
    public static final String ALGORITHM = "RS256";

    public static SigningKey of(RSAPrivateCrtKey privateKey) {
        RSAPublicKey publicKey = publicHalf(privateKey.getModulus(), privateKey.getPublicExponent());
        return new SigningKey(kidOf(publicKey), privateKey, publicKey);
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url): stable for the key, whoever computes it. */
    static String kidOf(RSAPublicKey publicKey) {
        return new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** The public JWK as served in the key set: kty, kid, use, alg, n, e and nothing private. */
    public Map<String, Object> publicJwk() {
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setKeyId(kid);
        jwk.setUse("sig");
        jwk.setAlgorithm(ALGORITHM);
        return jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    static RSAPublicKey publicHalf(BigInteger modulus, BigInteger exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM provides RSA", impossible);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}

package dev.foresight.tokenrefresh.api;

import static io.restassured.RestAssured.given;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** The key set as served by {@code /.well-known/jwks.json}, and verification with it alone. */
record Jwks(JsonWebKeySet keys) {

    static Jwks fetch() {
        String json = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        try {
            return new Jwks(new JsonWebKeySet(json));
        } catch (JoseException e) {
            throw new AssertionError("the key set does not parse: " + json, e);
        }
    }

    String kid() {
        return keys.getJsonWebKeys().get(0).getKeyId();
    }

    /**
     * Verifies signature (RS256 only), issuer and the presence of exp, iat, jti and sub; any
     * audience passes here (each function checks its own), as long as there is one.
     */
    JwtContext verify(String jwt) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer("https://foresight.local")
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .setSkipDefaultAudienceValidation()
                .build()
                .process(jwt);
    }
}

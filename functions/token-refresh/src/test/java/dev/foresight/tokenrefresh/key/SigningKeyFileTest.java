package dev.foresight.tokenrefresh.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void createsAKeyOwnerOnlyAndReloadsTheSameOne() throws Exception {
        Path file = dir.resolve("nested/signing-key.pem");
        SigningKey created = SigningKeyFile.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertEquals(2048, created.publicKey().getModulus().bitLength());
        try (var leftovers = Files.list(file.getParent())) {
            assertEquals(1, leftovers.count(), "no temporary file is left behind");
        }

        SigningKey reloaded = SigningKeyFile.loadOrCreate(file);
        assertEquals(created.kid(), reloaded.kid());
        assertEquals(created.publicKey(), reloaded.publicKey());

        // the public half really belongs to the private key
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(reloaded.privateKey());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(created.publicKey());
        verifier.update(new byte[] {1, 2, 3});
        assertTrue(verifier.verify(signature));
    }

    @Test
    void kidIsTheRfc7638Thumbprint() {
        // RFC 7638 §3.1 example key and its thumbprint
        String n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn6"
                + "4tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n"
                + "91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(n));
        RSAPublicKey key = SigningKey.publicHalf(modulus, BigInteger.valueOf(65537));
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", SigningKey.kidOf(key));
    }

    @Test
    void publicJwkCarriesNothingPrivate() {
        Map<String, Object> jwk = SigningKeyFile.loadOrCreate(dir.resolve("k.pem")).publicJwk();
        assertEquals("RSA", jwk.get("kty"));
        assertEquals("sig", jwk.get("use"));
        assertEquals("RS256", jwk.get("alg"));
        assertEquals("AQAB", jwk.get("e"));
        assertTrue(jwk.containsKey("n"));
        assertTrue(jwk.containsKey("kid"));
        for (String privatePart : new String[] {"d", "p", "q", "dp", "dq", "qi"}) {
            assertFalse(jwk.containsKey(privatePart), privatePart);
        }
    }

    @Test
    void refusesAKeyThatIsNotPem() throws Exception {
        Path file = dir.resolve("garbage.pem");
        Files.writeString(file, "not a key");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKeyFile.loadOrCreate(file));
        assertEquals("signing key \"" + file + "\" must be an RSA private key in PKCS#8 PEM (\"-----BEGIN PRIVATE KEY-----\")",
                refused.getMessage());
    }

    @Test
    void refusesAShortKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        Path file = dir.resolve("short.pem");
        Files.writeString(file, SigningKeyFile.pem(generator.generateKeyPair().getPrivate()));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKeyFile.loadOrCreate(file));
        assertEquals("signing key \"" + file + "\" has 1024 bits; RS256 needs at least 2048", refused.getMessage());
    }
}

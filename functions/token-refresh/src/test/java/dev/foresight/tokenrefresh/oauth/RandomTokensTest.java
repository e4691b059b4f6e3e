package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RandomTokensTest {

    @Test
    void generatesTwoHundredFiftySixBitsAsBase64Url() {
        SecureRandom random = new SecureRandom();
        String token = RandomTokens.generate(random);
        assertEquals(43, token.length());
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, RandomTokens.generate(random));
    }

    @Test
    void hashesWithSha256Hex() {
        // FIPS 180-2 test vector for "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RandomTokens.sha256Hex("abc"));
    }
}

package dev.foresight.tokenrefresh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretHasherTest {
    private final SecretHasher hasher = new SecretHasher(10_000, new SecureRandom());

    @Test
    void matchesOnlyTheHashedSecret() {
        String stored = hasher.hash("correct horse");
        assertTrue(hasher.matches("correct horse", stored));
        assertFalse(hasher.matches("correct hors", stored));
        assertFalse(hasher.matches("correct horse ", stored));
    }

    @Test
    void neverStoresTheSecretAndSaltsEachHash() {
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");
        assertFalse(first.contains("correct horse"));
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256$10000$"));
    }

    @Test
    void checksWithTheIterationsStoredInTheHash() {
        String stored = new SecretHasher(12_345, new SecureRandom()).hash("s3cret");
        assertEquals("12345", stored.split("\\$")[1]);
        assertTrue(hasher.matches("s3cret", stored));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain text             | s3cret",
        "other algorithm        | bcrypt$10$abc$def",
        "too few parts          | pbkdf2-sha256$10000$abc",
        "iterations not a number| pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "salt not base64        | pbkdf2-sha256$10000$!!!$aGFzaA",
        "hash of the wrong size | pbkdf2-sha256$10000$c2FsdA$aGFzaA",
        "zero iterations        | pbkdf2-sha256$0$c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    })
    void malformedStoredHashNeverMatches(String name, String stored) {
        assertFalse(hasher.matches("s3cret", stored));
    }

    @Test
    void nullNeverMatches() {
        assertFalse(hasher.matches("s3cret", null));
        assertFalse(hasher.matches(null, hasher.hash("s3cret")));
    }
}

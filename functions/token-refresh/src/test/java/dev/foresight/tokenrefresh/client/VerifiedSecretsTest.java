package dev.foresight.tokenrefresh.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {
    private final VerifiedSecrets secrets = new VerifiedSecrets(new SecureRandom());

    @Test
    void remembersOnlyTheSecretVerifiedAgainstThatHash() {
        assertFalse(secrets.remembers("hash-1", "right"));
        secrets.remember("hash-1", "right");
        assertTrue(secrets.remembers("hash-1", "right"));
        assertFalse(secrets.remembers("hash-1", "wrong"));
        // a new secret means a new stored hash: the old entry does not apply to it
        assertFalse(secrets.remembers("hash-2", "right"));
    }

    @Test
    void staysBounded() {
        for (int i = 0; i <= VerifiedSecrets.MAX_ENTRIES; i++) {
            secrets.remember("hash-" + i, "secret");
        }
        assertTrue(secrets.remembers("hash-" + VerifiedSecrets.MAX_ENTRIES, "secret"));
        assertFalse(secrets.remembers("hash-0", "secret"));
    }
}

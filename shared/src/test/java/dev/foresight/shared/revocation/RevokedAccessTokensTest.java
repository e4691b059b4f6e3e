package dev.foresight.shared.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RevokedAccessTokensTest {
    private final RevokedAccessTokens revoked = new RevokedAccessTokens();

    @Test
    void aRevokedJtiIsRevokedUntilItsTokenWouldHaveExpired() {
        revoked.revoke("j1", 1_000);
        assertTrue(revoked.revoked("j1", "ops", 900));
        assertFalse(revoked.revoked("j2", "ops", 900));

        revoked.forgetExpired(999);
        assertTrue(revoked.revoked("j1", "ops", 900));
        revoked.forgetExpired(1_000);
        assertFalse(revoked.revoked("j1", "ops", 900));
    }

    @Test
    void aLogoutRevokesTheClientsTokensIssuedBeforeItAndNoneAfter() {
        revoked.logout("ops", 500);
        assertTrue(revoked.revoked("a", "ops", 499));
        assertFalse(revoked.revoked("b", "ops", 500), "issued in the logout's second: after it");
        assertFalse(revoked.revoked("c", "other", 10));
        assertFalse(revoked.revoked("d", null, 10));
    }

    @Test
    void aLaterLogoutWinsAndAnEarlierOneChangesNothing() {
        revoked.logout("ops", 500);
        revoked.logout("ops", 400);
        assertTrue(revoked.revoked("a", "ops", 450));
        revoked.logout("ops", 600);
        assertTrue(revoked.revoked("a", "ops", 550));
    }
}

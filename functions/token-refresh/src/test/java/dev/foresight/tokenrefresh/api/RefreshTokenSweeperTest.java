package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.opsRefreshToken;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.tokenrefresh.oauth.RandomTokens;
import dev.foresight.tokenrefresh.refresh.RefreshTokenSweeper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The %test profile keeps dead rows for one hour and deletes two per statement. */
@QuarkusTest
class RefreshTokenSweeperTest {
    @Inject
    TestDb db;

    @Inject
    RefreshTokenSweeper sweeper;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void deletesDeadFamiliesInBatchesAndKeepsEveryFamilyWithALiveToken() {
        // five families expired two hours ago: more than two batches
        for (int i = 0; i < 5; i++) {
            age(opsRefreshToken(), "expires_at");
        }
        // a family revoked two hours ago
        String revoked = opsRefreshToken();
        age(revoked, "revoked_at");
        // a spent token that expired, whose successor still lives: reuse must stay detectable
        String spent = opsRefreshToken();
        String successor = refresh(OPS, OPS_SECRET, spent, "").statusCode(200).extract().path("refresh_token");
        age(spent, "expires_at");
        // a token that expired only just now, within the grace
        String recent = opsRefreshToken();
        db.update("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = ?",
                RandomTokens.sha256Hex(recent));
        String live = opsRefreshToken();

        long deleted = sweeper.sweep().await().atMost(Duration.ofSeconds(30));

        assertEquals(6, deleted);
        assertEquals(0, rowsOf(revoked));
        assertEquals(1, rowsOf(spent));
        assertEquals(1, rowsOf(successor));
        assertEquals(1, rowsOf(recent));
        assertEquals(1, rowsOf(live));
        assertEquals(0, sweeper.sweep().await().atMost(Duration.ofSeconds(30)));
        refresh(OPS, OPS_SECRET, spent, "").statusCode(400);
        refresh(OPS, OPS_SECRET, successor, "").statusCode(400);
    }

    @Test
    void deletesRevokedAccessTokensPastTheirExpAndKeepsTheAuditLog() {
        db.update("INSERT INTO revoked_access_tokens (jti, client_id, expires_at, revoked_at) VALUES "
                + "('tr-sweep-old-1', 'tr-test-ops', now() - interval '2 hours', now() - interval '3 hours'), "
                + "('tr-sweep-old-2', 'tr-test-ops', now() - interval '2 hours', now() - interval '3 hours'), "
                + "('tr-sweep-old-3', 'tr-test-ops', now() - interval '2 hours', now() - interval '3 hours'), "
                + "('tr-sweep-recent', 'tr-test-ops', now() - interval '1 minute', now() - interval '1 hour'), "
                + "('tr-sweep-live', 'tr-test-ops', now() + interval '5 minutes', now())");
        db.update("INSERT INTO token_audit (event, client_id, details) VALUES ('revocation', 'tr-test-ops', '{\"jti\":\"tr-sweep-old-1\"}')");
        long audited = db.count("SELECT count(*) FROM token_audit WHERE client_id = 'tr-test-ops'");

        long deleted = sweeper.sweepRevokedAccessTokens().await().atMost(Duration.ofSeconds(30));

        assertEquals(3, deleted); // two batches of two: the second comes back short
        assertEquals(0, db.count("SELECT count(*) FROM revoked_access_tokens WHERE jti LIKE 'tr-sweep-old-%'"));
        assertEquals(1, db.count("SELECT count(*) FROM revoked_access_tokens WHERE jti = 'tr-sweep-recent'"));
        assertEquals(1, db.count("SELECT count(*) FROM revoked_access_tokens WHERE jti = 'tr-sweep-live'"));
        assertEquals(audited, db.count("SELECT count(*) FROM token_audit WHERE client_id = 'tr-test-ops'"));
    }

    private void age(String token, String column) {
        db.update("UPDATE refresh_tokens SET " + column + " = now() - interval '2 hours' WHERE token_hash = ?",
                RandomTokens.sha256Hex(token));
    }

    private long rowsOf(String token) {
        return db.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ?", RandomTokens.sha256Hex(token));
    }
}

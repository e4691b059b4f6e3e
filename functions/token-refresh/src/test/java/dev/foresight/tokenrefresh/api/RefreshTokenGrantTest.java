package dev.foresight.tokenrefresh.api;

import static dev.foresight.tokenrefresh.api.TokenRequests.OPS;
import static dev.foresight.tokenrefresh.api.TokenRequests.OPS_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.OTHER;
import static dev.foresight.tokenrefresh.api.TokenRequests.OTHER_SECRET;
import static dev.foresight.tokenrefresh.api.TokenRequests.opsRefreshToken;
import static dev.foresight.tokenrefresh.api.TokenRequests.post;
import static dev.foresight.tokenrefresh.api.TokenRequests.refresh;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.foresight.tokenrefresh.oauth.RandomTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefreshTokenGrantTest {
    @Inject
    TestDb db;

    @AfterEach
    void cleanUp() {
        db.deleteTestRows();
    }

    @Test
    void rotatesIntoANewTokenOfTheSameFamilyAndTheOldOneDies() throws Exception {
        String first = opsRefreshToken();
        JsonPath rotated = refresh(OPS, OPS_SECRET, first, "")
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("fleet:write monitor:write"))
                .body("refresh_token", hasLength(43))
                .body("refresh_expires_in", equalTo(7 * 24 * 3600))
                .extract().jsonPath();
        String second = rotated.getString("refresh_token");
        assertNotEquals(first, second);
        assertEquals(OPS, Jwks.fetch().verify(rotated.getString("access_token")).getJwtClaims().getSubject());

        assertEquals(familyOf(first), familyOf(second));
        assertEquals(1, db.count("SELECT count(*) FROM refresh_tokens WHERE token_hash = ? AND used_at IS NOT NULL",
                RandomTokens.sha256Hex(first)));

        refresh(OPS, OPS_SECRET, first, "").statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void replayOfAUsedTokenRevokesTheWholeFamily() {
        String first = opsRefreshToken();
        String second = refresh(OPS, OPS_SECRET, first, "").statusCode(200).extract().path("refresh_token");
        String newest = refresh(OPS, OPS_SECRET, second, "").statusCode(200).extract().path("refresh_token");
        String unrelated = opsRefreshToken();

        refresh(OPS, OPS_SECRET, first, "")
                .statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("refresh token was already used; every token of its family is now revoked"));

        refresh(OPS, OPS_SECRET, newest, "")
                .statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("refresh token has been revoked"));
        assertEquals(0, db.count("SELECT count(*) FROM refresh_tokens WHERE family_id = ?::uuid AND revoked_at IS NULL",
                familyOf(first)));
        // another family of the same client is untouched
        refresh(OPS, OPS_SECRET, unrelated, "").statusCode(200);
    }

    @Test
    void ofParallelUsesOfOneTokenExactlyOneSucceeds() throws Exception {
        String token = opsRefreshToken();
        int parallel = 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return refresh(OPS, OPS_SECRET, token, "").extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter(s -> s == 200).count(), "statuses " + results);
            assertEquals(parallel - 1, results.stream().filter(s -> s == 400).count(), "statuses " + results);
        } finally {
            pool.shutdownNow();
        }
        // at most one successor was ever stored
        assertEquals(2, db.count("SELECT count(*) FROM refresh_tokens WHERE family_id = ?::uuid", familyOf(token)));
    }

    @Test
    void expiredTokenIsInvalidGrantAndStaysUnused() {
        String token = opsRefreshToken();
        db.update("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = ?",
                RandomTokens.sha256Hex(token));

        refresh(OPS, OPS_SECRET, token, "")
                .statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("refresh token has expired"));
        assertEquals(1, db.count("SELECT count(*) FROM refresh_tokens WHERE family_id = ?::uuid AND used_at IS NULL",
                familyOf(token)));
    }

    @Test
    void anotherClientCannotUseTheTokenNorSpoilIt() {
        String token = opsRefreshToken();
        refresh(OTHER, OTHER_SECRET, token, "")
                .statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("refresh token was not issued to this client"));
        refresh(OPS, OPS_SECRET, token, "").statusCode(200);
    }

    @Test
    void unknownTokenIsInvalidGrant() {
        refresh(OPS, OPS_SECRET, "bm90LWEtcmVhbC10b2tlbi1ub3QtYS1yZWFsLXRva2Vu", "")
                .statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("refresh token is not recognised"));
    }

    @Test
    void scopeCanNarrowButNotWidenAndARefusalLeavesTheTokenUsable() throws Exception {
        String token = opsRefreshToken();
        refresh(OPS, OPS_SECRET, token, "&scope=clients:admin")
                .statusCode(400)
                .body("error", equalTo("invalid_scope"));

        JsonPath narrowed = refresh(OPS, OPS_SECRET, token, "&scope=monitor:write")
                .statusCode(200)
                .body("scope", equalTo("monitor:write"))
                .extract().jsonPath();
        assertEquals("monitor:write",
                Jwks.fetch().verify(narrowed.getString("access_token")).getJwtClaims().getStringClaimValue("scope"));
        // §6: the successor keeps the original scope, so the next refresh may ask for all of it again
        refresh(OPS, OPS_SECRET, narrowed.getString("refresh_token"), "")
                .statusCode(200)
                .body("scope", equalTo("fleet:write monitor:write"));
    }

    @Test
    void missingRefreshTokenIsInvalidRequest() {
        post("grant_type=refresh_token&client_id=" + OPS + "&client_secret=" + OPS_SECRET)
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("missing parameter 'refresh_token'"));
    }

    @Test
    void wrongSecretIsInvalidClientAndTheTokenIsNotSpent() {
        String token = opsRefreshToken();
        refresh(OPS, "wrong", token, "").statusCode(401).body("error", equalTo("invalid_client"));
        refresh(OPS, OPS_SECRET, token, "").statusCode(200);
    }

    private String familyOf(String refreshToken) {
        return db.text("SELECT family_id FROM refresh_tokens WHERE token_hash = ?", RandomTokens.sha256Hex(refreshToken));
    }
}

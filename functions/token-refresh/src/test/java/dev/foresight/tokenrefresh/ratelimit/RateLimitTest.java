package dev.foresight.tokenrefresh.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.foresight.shared.testing.TestApiKeys;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over the limit: 429 with Retry-After, for that principal (or client, or address) only. Buckets of
 * 3 (per principal), 2 (per client) and 5 (per address) refilling at one token per 100 s.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class RateLimitTest {
    /** One token at 0.01/s is 100 s away when the bucket empties; a slow run may see a second or two less. */
    private static final org.hamcrest.Matcher<String> ONE_TOKEN_WAIT = org.hamcrest.Matchers.matchesPattern("9[5-9]|100");

    private static final String ADDRESS_BUCKET = "foresight:rate:token:address:127.0.0.1";

    @Inject
    RedisDataSource redis;
    @Inject
    Pool pool;

    @BeforeEach
    void emptyTokenBuckets() {
        redis.key().del(ADDRESS_BUCKET, "foresight:rate:token:client:tr-test-ops", "foresight:rate:token:client:tr-test-other");
        // the guessed clients' buckets too: a run within 100 s of the last would find them spent
        redis.key().keys("foresight:rate:token:client:tr-guess-*").forEach(key -> redis.key().del(key));
    }

    @AfterEach
    void cleanUp() {
        TestApiKeys.deleteAll(pool);
        emptyTokenBuckets();
    }

    /** A token for a subject no earlier run used, so its bucket starts full. */
    private static String tokenOf(String subject) {
        return "Bearer " + Jwt.issuer("https://foresight.local").audience(TestTokens.FLEET).subject(subject).claim("scope", "clients:admin")
                .claim("jti", UUID.randomUUID().toString()).expiresIn(Duration.ofMinutes(5))
                .jws().keyId("test").sign("foresight-test-private.pem");
    }

    private static ValidatableResponse listClients(String header, String value) {
        return given().header(header, value).when().get("/clients").then();
    }

    @Test
    void aPrincipalOverItsLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String busy = tokenOf("rl-busy-" + UUID.randomUUID());
        String calm = tokenOf("rl-calm-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            listClients("Authorization", busy).statusCode(200);
        }
        listClients("Authorization", busy).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", ONE_TOKEN_WAIT) // one token at 0.01/s, less the time the test took
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
        listClients("Authorization", calm).statusCode(200);
    }

    @Test
    void anApiKeyHasABucketOfItsOwn() {
        TestApiKeys.Issued key = TestApiKeys.issue(pool, "clients:admin");
        TestApiKeys.Issued other = TestApiKeys.issue(pool, "clients:admin");
        for (int i = 0; i < 3; i++) {
            listClients("X-API-Key", key.key()).statusCode(200);
        }
        listClients("X-API-Key", key.key()).statusCode(429).header("Retry-After", ONE_TOKEN_WAIT);
        listClients("X-API-Key", other.key()).statusCode(200);
    }

    private static ValidatableResponse token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret)
                .when().post("/token").then();
    }

    @Test
    void aClientOverItsTokenLimitGetsAnOAuthError429AndOtherClientsAreUnaffected() {
        token("tr-test-ops", "ops-secret-for-tests-0001").statusCode(200);
        token("tr-test-ops", "wrong-secret").statusCode(401); // failed attempts count as well
        token("tr-test-ops", "ops-secret-for-tests-0001").statusCode(429)
                .contentType(startsWith("application/json"))
                .header("Retry-After", ONE_TOKEN_WAIT)
                .header("Cache-Control", equalTo("no-store"))
                .body("error", equalTo("slow_down"));
        token("tr-test-other", "other-secret-for-tests-0002").statusCode(200);
    }

    @Test
    void anAddressOverItsLimitIsRefusedWhateverClientItNames() {
        for (int i = 0; i < 5; i++) {
            token("tr-guess-" + i, "guess").statusCode(401);
        }
        token("tr-test-other", "other-secret-for-tests-0002").statusCode(429).body("error", equalTo("slow_down"));
    }

    private static ValidatableResponse form(String path, String body) {
        return given().contentType(ContentType.URLENC).body(body).when().post(path).then();
    }

    @Test
    void revokeIntrospectAndLogoutTakeTheClientsTokenBucket() {
        String ops = "client_id=tr-test-ops&client_secret=ops-secret-for-tests-0001";
        form("/introspect", "token=unknown&" + ops).statusCode(200);
        form("/revoke", "token=unknown&" + ops).statusCode(200);
        form("/logout", ops).statusCode(429).body("error", equalTo("slow_down")).header("Retry-After", ONE_TOKEN_WAIT);
        token("tr-test-ops", "ops-secret-for-tests-0001").statusCode(429); // one bucket for all four endpoints
        form("/introspect", "token=unknown&client_id=tr-test-other&client_secret=other-secret-for-tests-0002").statusCode(200);
    }

    @Test
    void revokeIntrospectAndLogoutTakeTheAddressBucket() {
        for (int i = 0; i < 5; i++) {
            form(List.of("/revoke", "/introspect", "/logout").get(i % 3), "token=x&client_id=tr-guess-" + i + "&client_secret=guess")
                    .statusCode(401);
        }
        form("/revoke", "token=x&client_id=tr-test-other&client_secret=other-secret-for-tests-0002").statusCode(429)
                .body("error", equalTo("slow_down"));
    }
}

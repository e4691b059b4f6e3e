package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.shared.revocation.RevocationListener;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.smallrye.jwt.auth.principal.JWTParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A token revoked at token-refresh (by jti, or by its client's logout) is refused here before its
 * exp: at once from the announcement, and from the stored rows when the announcement was missed.
 */
@QuarkusTest
class RevokedTokenTest {
    @Inject
    EventPublisher events;
    @Inject
    RevocationListener listener;
    @Inject
    Pool db;
    @Inject
    JWTParser parser;

    @AfterEach
    void cleanUp() {
        db.query("DELETE FROM revoked_access_tokens WHERE client_id = 'test-client'").execute().await().indefinitely();
        db.query("DELETE FROM client_logouts WHERE client_id = 'test-client'").execute().await().indefinitely();
    }

    @Test
    void anAnnouncedRevocationRefusesTheTokenAtOnceAndLeavesOthersAlone() throws Exception {
        String token = TestTokens.withScopes();
        String other = TestTokens.withScopes();
        given().auth().oauth2(token).when().get("/predictions").then().statusCode(200);

        JsonWebToken claims = parser.parseOnly(token);
        events.publish(Channels.REVOCATIONS, "{\"clientId\":\"test-client\",\"jti\":\"" + claims.getTokenID()
                + "\",\"expiresAt\":" + claims.getExpirationTime() + ",\"issuedBefore\":null}").await().indefinitely();

        awaitStatus(token, 401);
        given().auth().oauth2(other).when().get("/predictions").then().statusCode(200);
    }

    @Test
    void aStoredLogoutMissedByTheAnnouncementsRefusesTokensIssuedBeforeIt() throws Exception {
        String before = TestTokens.withScopes();
        Thread.sleep(1_100); // a logout revokes tokens issued before its second
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        db.preparedQuery("INSERT INTO client_logouts (client_id, issued_before) VALUES ('test-client', $1)"
                + " ON CONFLICT (client_id) DO UPDATE SET issued_before = EXCLUDED.issued_before")
                .execute(Tuple.of(at)).await().indefinitely();
        Thread.sleep(1_000);
        String after = TestTokens.withScopes();

        listener.reload().await().indefinitely();
        given().auth().oauth2(before).when().get("/predictions").then().statusCode(401);
        given().auth().oauth2(after).when().get("/predictions").then().statusCode(200);
    }

    private static void awaitStatus(String token, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = given().auth().oauth2(token).when().get("/predictions").then().extract().statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + status + " within 5 s, last " + last);
    }
}

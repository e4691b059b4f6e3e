package dev.foresight.alertroute.receiver.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.foresight.alertroute.support.SseClient;
import dev.foresight.alertroute.support.WebhookPort;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stream ends, with a last event saying why, when the token that opened it expires or is revoked. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class StreamEndTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/stream")
    URI streams;
    @Inject
    EventPublisher events;

    private static String token(String clientId, String jti, Instant issuedAt, Instant expiresAt) {
        return "Bearer " + Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.FLEET).subject(clientId).claim("scope", "predict:write")
                .claim("jti", jti).issuedAt(issuedAt).expiresAt(expiresAt)
                .jws().keyId("test").sign("foresight-test-private.pem");
    }

    private SseClient open(String session, String authorization) {
        SseClient stream = new SseClient(URI.create(streams + "/" + session), authorization);
        await().atMost(WAIT).until(() -> !stream.events("heartbeat").isEmpty());
        return stream;
    }

    private static void assertEndedWith(SseClient stream, String reason) {
        await().atMost(WAIT).until(stream::ended);
        SseClient.Event last = stream.all().get(stream.all().size() - 1);
        assertEquals("end", last.name());
        assertEquals("{\"reason\":\"" + reason + "\"}", last.data());
        assertEquals(1, stream.events("end").size());
    }

    private void publish(String json) {
        events.publish(Channels.REVOCATIONS, json).await().atMost(WAIT);
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() {
        Instant now = Instant.now();
        try (SseClient stream = open("expiring", token("client-" + UUID.randomUUID(), UUID.randomUUID().toString(), now,
                now.plusSeconds(3)))) {
            assertFalse(stream.ended());
            assertEndedWith(stream, "token_expired");
        }
    }

    @Test
    void aStreamEndsWhenItsTokenIsRevokedAndOnlyThatStream() {
        String client = "client-" + UUID.randomUUID();
        String jti = UUID.randomUUID().toString();
        Instant now = Instant.now();
        try (SseClient revoked = open("revoked", token(client, jti, now, now.plusSeconds(600)));
                SseClient sameClient = open("same-client", token(client, UUID.randomUUID().toString(), now, now.plusSeconds(600)));
                SseClient otherClient = open("other-client", token("other-" + UUID.randomUUID(), jti, now, now.plusSeconds(600)))) {
            publish("not json");
            publish("{\"clientId\":\"" + client + "\",\"jti\":\"" + jti + "\",\"issuedBefore\":null}");

            assertEndedWith(revoked, "token_revoked");
            int beats = sameClient.events("heartbeat").size();
            await().atMost(WAIT).until(() -> sameClient.events("heartbeat").size() > beats + 1
                    && otherClient.events("heartbeat").size() > 1);
            assertFalse(sameClient.ended(), "another token of the same client still streams");
            assertFalse(otherClient.ended(), "the same jti of another client is another token");
        }
    }

    @Test
    void aStreamEndsWhenEveryTokenOfItsClientIssuedBeforeATimeIsRevoked() {
        String client = "client-" + UUID.randomUUID();
        Instant now = Instant.now();
        try (SseClient older = open("older", token(client, UUID.randomUUID().toString(), now.minusSeconds(60),
                now.plusSeconds(600)))) {
            publish("{\"clientId\":\"" + client + "\",\"jti\":null,\"issuedBefore\":" + now.minusSeconds(120).getEpochSecond() + "}");
            int beats = older.events("heartbeat").size();
            await().atMost(WAIT).until(() -> older.events("heartbeat").size() > beats + 1);
            assertFalse(older.ended(), "a token issued after the time is not revoked");
            publish("{\"clientId\":\"" + client + "\",\"jti\":null,\"issuedBefore\":" + now.getEpochSecond() + "}");
            assertEndedWith(older, "token_revoked");
        }
    }

    @Test
    void withoutATokenTheRefusalIsAProblem() {
        given().when().get("/stream/no-token")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
        given().when().get("/alerts")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }
}

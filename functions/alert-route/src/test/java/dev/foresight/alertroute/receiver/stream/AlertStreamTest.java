package dev.foresight.alertroute.receiver.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.SseClient;
import dev.foresight.alertroute.support.WebhookPort;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SSE streams fed from the alert log: filtered per session, with heartbeats. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class AlertStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/stream")
    URI streams;

    private SseClient open(String query) {
        return new SseClient(URI.create(streams + "/" + query), TestTokens.bearer("predict:write"));
    }

    @Test
    void aSessionReceivesTheAlertsItAskedForAndNoOthers() throws Exception {
        String service = Db.newService("frontend");
        String other = Db.newService("backend");
        try (SseClient stream = open("ops-1?severity=critical,high&service=" + service)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events("heartbeat").isEmpty());

            long low = Alerts.create(Alerts.json("anomaly", service, 0.1, null));
            long elsewhere = Alerts.create(Alerts.critical(other));
            // both are published before the critical one: had they passed the filter, they would arrive first
            Thread.sleep(300);
            long critical = Alerts.create(Alerts.critical(service));

            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events("alert").isEmpty());
            assertEquals(1, stream.events("alert").size());
            SseClient.Event event = stream.events("alert").get(0);
            assertTrue(EventId.parse(event.id()).isPresent(), "the event id is the alert log's id: " + event.id());
            JsonNode alert = JSON.readTree(event.data());
            assertEquals(critical, alert.path("id").asLong());
            assertEquals("critical", alert.path("severity").asText());
            assertEquals(service, alert.path("service").asText());
            assertEquals("firing", alert.path("status").asText());
        }
    }

    @Test
    void anUnfilteredSessionSeesEverySeverity() {
        String service = Db.newService("mobile");
        try (SseClient stream = open("ops-2?service=" + service)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events("heartbeat").isEmpty());
            long low = Alerts.create(Alerts.json("anomaly", service, 0.1, null));
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.events("alert").stream()
                    .anyMatch(e -> e.data().contains("\"id\":" + low + ",")));
        }
    }

    @Test
    void heartbeatsKeepComing() {
        try (SseClient stream = open("ops-3")) {
            // the test profile beats every 400 ms
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.events("heartbeat").size() >= 3);
            assertEquals(200, stream.status());
            assertTrue(stream.events("heartbeat").get(0).data().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        }
    }

    @Test
    void filtersAndSessionIdsAreChecked() {
        String token = TestTokens.bearer("predict:write");
        given().header("Authorization", token).get("/stream/ops-4?severity=critical,urgent")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("severity"))
                .body("errors[0].rule", equalTo("unknown severity \"urgent\"; expected one of critical, high, medium, low"));
        given().header("Authorization", token).get("/stream/" + "x".repeat(65))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sessionId"));
    }
}

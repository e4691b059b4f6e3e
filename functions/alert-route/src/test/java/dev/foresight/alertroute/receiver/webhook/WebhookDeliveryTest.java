package dev.foresight.alertroute.receiver.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.RecordingWebhook;
import dev.foresight.alertroute.support.WebhookPort;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery to a real local webhook: once per alert, retried on 5xx, given up on 4xx, recorded on the row. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {
    private static RecordingWebhook webhook;

    @BeforeAll
    static void listen() throws Exception {
        webhook = new RecordingWebhook(URI.create(ConfigProvider.getConfig().getValue("foresight.alert-route.webhook.url", String.class)));
    }

    @AfterAll
    static void stop() {
        webhook.close();
    }

    @Inject
    CircuitBreakerMaintenance breakers;

    /**
     * Earlier test classes send critical alerts to this URL while nothing listens on it, which can
     * leave its breaker open: each test here starts with the endpoint's breaker closed.
     */
    @BeforeEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void aCriticalAlertIsPostedOnceAndItsRepeatIsDeduplicated() throws Exception {
        String service = Db.newService("checkout");
        String first = "{\"type\":\"failure\",\"service\":\"" + service + "\",\"summary\":\"latency will cross the SLO\","
                + "\"confidence\":0.9,\"timeToFailureSeconds\":300,\"labels\":{\"metric\":\"latency_ms\",\"region\":\"eu\"}}";
        var created = Alerts.post(first).then().statusCode(201)
                .body("severity", equalTo("critical")).body("status", equalTo("firing")).body("deduplicated", equalTo(false))
                .extract().jsonPath();
        long id = created.getLong("id");

        Map<String, Object> delivered = Alerts.awaitSettled(id, "webhook");
        assertEquals("sent", delivered.get("status"));
        assertEquals(1, delivered.get("attempts"));
        assertNull(delivered.get("lastError"));
        List<JsonNode> posts = webhook.received(service);
        assertEquals(1, posts.size());
        JsonNode alert = posts.get(0).path("alerts").path(0);
        assertEquals("firing", posts.get(0).path("status").asText());
        assertEquals("critical", alert.path("labels").path("severity").asText());
        assertEquals("ForesightFailure", alert.path("labels").path("alertname").asText());
        assertEquals("failure", alert.path("labels").path("prediction_type").asText());
        assertEquals(created.getString("fingerprint"), alert.path("fingerprint").asText());

        // the same alert again, labels in another order, a new summary and time: a repeat, not a new alert
        String again = "{\"type\":\"failure\",\"service\":\"" + service + "\",\"summary\":\"still crossing\","
                + "\"confidence\":0.85,\"timeToFailureSeconds\":280,\"labels\":{\"region\":\"eu\",\"metric\":\"latency_ms\"}}";
        Alerts.post(again).then().statusCode(200)
                .body("id", equalTo((int) id)).body("deduplicated", equalTo(true))
                .body("fingerprint", equalTo(created.getString("fingerprint"))).body("severity", equalTo("critical"));
        Alerts.get(id).then().statusCode(200).body("occurrences", equalTo(2)).body("summary", equalTo("still crossing"));
        assertEquals(List.of("webhook"), Alerts.channels(id));
        assertEquals(1, Db.alertsFor(service));
        Thread.sleep(500); // long enough for a second delivery, had one been started
        assertEquals(1, webhook.received(service).size());
    }

    @Test
    void serviceUnavailableTwiceThenOkIsSentOnTheThirdAttempt() {
        String service = Db.newService("payments");
        webhook.script(service, 503, 503, 200);
        long id = Alerts.create(Alerts.critical(service));

        Map<String, Object> delivered = Alerts.awaitSettled(id, "webhook");
        assertEquals("sent", delivered.get("status"));
        assertEquals(3, delivered.get("attempts"));
        assertNull(delivered.get("lastError"));
        assertEquals(3, webhook.received(service).size());
    }

    @Test
    void badRequestIsFatalAfterOneAttempt() throws Exception {
        String service = Db.newService("search");
        webhook.script(service, 400);
        long id = Alerts.create(Alerts.critical(service));

        Map<String, Object> failed = Alerts.awaitSettled(id, "webhook");
        assertEquals("failed", failed.get("status"));
        assertEquals(1, failed.get("attempts"));
        assertEquals("HTTP 400: scripted failure 400", failed.get("lastError"));
        Thread.sleep(300); // a retry would have arrived by now
        assertEquals(1, webhook.received(service).size());
    }

    @Test
    void aRoundStopsAtTheAttemptLimitAndALaterRoundDelivers() {
        String service = Db.newService("inventory");
        webhook.script(service, 503, 502, 429, 500, 200);
        long id = Alerts.create(Alerts.json("cascade", service, 0.4, null));

        // four attempts in the first round, all retryable; the row waits, and the second round's first attempt is taken
        Map<String, Object> delivered = Alerts.awaitSettled(id, "webhook");
        assertEquals("sent", delivered.get("status"));
        assertEquals(5, delivered.get("attempts"));
        assertNull(delivered.get("lastError"));
        assertEquals(5, webhook.received(service).size());
    }

    @Test
    void lowAndMediumAlertsAreNotForTheWebhook() throws Exception {
        String service = Db.newService("reports");
        long low = Alerts.create(Alerts.json("anomaly", service, 0.2, null));
        long medium = Alerts.create(Alerts.json("latency", service, null, null));

        Thread.sleep(1000); // five flush polls: had either been routed to the webhook, it would have been sent
        assertEquals(List.of(), Alerts.channels(low));
        assertEquals(List.of(), Alerts.channels(medium));
        assertTrue(webhook.received(service).isEmpty());
    }
}

package dev.foresight.alertroute.receiver.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.support.ReceiversProfile;
import dev.foresight.alertroute.support.RecordingHttp;
import dev.foresight.alertroute.support.RecordingHttp.Answer;
import dev.foresight.alertroute.support.V2Alerts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An alert posted to {@code /api/v2/alerts} and routed to {@code slack_configs} reaches a local
 * incoming webhook with Alertmanager's message; 429 with Retry-After, 500 and a stalled answer are
 * retried until one succeeds, the message then delivered once and every attempt on the row.
 */
@QuarkusTest
@TestProfile(ReceiversProfile.class)
class SlackDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RecordingHttp slack;

    @BeforeAll
    static void listen() throws Exception {
        slack = new RecordingHttp(ConfigProvider.getConfig().getValue("receivers-test.slack-port", Integer.class), 200);
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    @Test
    void aFiringAndThenResolvedGroupIsPostedWithAlertmanagersMessage() throws Exception {
        String name = V2Alerts.name("DiskFull");
        V2Alerts.fire(name, "slack");
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.received(name).size() == 1);
        RecordingHttp.Request request = slack.received(name).get(0);
        assertEquals("/services/T000/B000/XXXX", request.path());
        JsonNode message = JSON.readTree(request.body());
        assertEquals("#ops", message.path("channel").asText());
        assertEquals("Alertmanager", message.path("username").asText());
        JsonNode attachment = message.path("attachments").path(0);
        assertEquals("[FIRING:1] " + name + " (slack warning)", attachment.path("title").asText());
        assertEquals("Runbook: https://runbooks.example.org/disk", attachment.path("text").asText());
        assertEquals("danger", attachment.path("color").asText());
        assertTrue(attachment.path("title_link").asText().endsWith("/#/alerts?receiver=chat"), attachment.toString());

        V2Alerts.resolve(name, "slack");
        await().atMost(Duration.ofSeconds(20)).until(() -> slack.received(name).size() == 2);
        JsonNode resolved = JSON.readTree(slack.received(name).get(1).body()).path("attachments").path(0);
        assertEquals("[RESOLVED] " + name + " (slack warning)", resolved.path("title").asText());
        assertEquals("good", resolved.path("color").asText());
        List<Map<String, Object>> rows = V2Alerts.awaitRows(name, r -> r.size() == 2);
        rows.forEach(row -> {
            assertEquals("chat/slack/0", row.get("integration"));
            assertEquals("sent", row.get("status"));
            assertEquals(1, row.get("attempts"));
        });
    }

    @Test
    void tooManyRequestsWithRetryAfterIsRetriedAfterTheWaitAndDeliveredOnce() throws Exception {
        String name = V2Alerts.name("Throttled");
        slack.script(name, Answer.retryAfter(429, "1"));
        V2Alerts.fire(name, "slack");

        Map<String, Object> row = V2Alerts.awaitRows(name, r -> !r.isEmpty()).get(0);
        assertEquals("sent", row.get("status"));
        assertEquals(2, row.get("attempts"));
        JsonNode log = JSON.readTree((String) row.get("attemptLog"));
        assertEquals("retryable", log.path(0).path("outcome").asText());
        assertEquals("HTTP 429: scripted failure 429", log.path(0).path("detail").asText());
        assertEquals("ok", log.path(1).path("outcome").asText());
        List<RecordingHttp.Request> requests = slack.received(name);
        assertEquals(2, requests.size());
        long waited = Duration.between(requests.get(0).at(), requests.get(1).at()).toMillis();
        assertTrue(waited >= 1000, "the retry came " + waited + " ms after a Retry-After of one second");
        Thread.sleep(2500); // two group intervals: a second delivery would have come by now
        assertEquals(2, slack.received(name).size());
    }

    @Test
    void serverErrorsAndAStalledAnswerAreRetriedUntilOneSucceeds() throws Exception {
        String name = V2Alerts.name("Flaky");
        slack.script(name, Answer.status(500), Answer.stall(3000), Answer.status(200));
        V2Alerts.fire(name, "slack");

        Map<String, Object> row = V2Alerts.awaitRows(name, r -> !r.isEmpty()).get(0);
        assertEquals("sent", row.get("status"));
        assertEquals(3, row.get("attempts"));
        JsonNode log = JSON.readTree((String) row.get("attemptLog"));
        assertEquals("HTTP 500: scripted failure 500", log.path(0).path("detail").asText());
        assertTrue(log.path(1).path("detail").asText().contains("TimeoutException"), log.toString());
        assertEquals("retryable", log.path(1).path("outcome").asText());
        assertEquals("ok", log.path(2).path("outcome").asText());
    }

    @Test
    void aRefusedMessageIsNotRetried() throws Exception {
        String name = V2Alerts.name("Refused");
        slack.script(name, Answer.status(404), Answer.status(404), Answer.status(404), Answer.status(404));
        V2Alerts.fire(name, "slack");

        Map<String, Object> row;
        try {
            row = V2Alerts.awaitRows(name, r -> !r.isEmpty()).get(0);
        } finally {
            V2Alerts.resolve(name, "slack"); // ends the group, which would be tried again every group interval
        }
        assertEquals("failed", row.get("status"));
        assertEquals(1, row.get("attempts"));
        assertEquals("HTTP 404: scripted failure 404", row.get("lastError"));
    }
}

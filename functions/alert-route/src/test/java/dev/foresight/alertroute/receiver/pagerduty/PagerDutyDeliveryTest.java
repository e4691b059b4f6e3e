package dev.foresight.alertroute.receiver.pagerduty;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.ReceiversProfile;
import dev.foresight.alertroute.support.RecordingHttp;
import dev.foresight.alertroute.support.RecordingHttp.Answer;
import dev.foresight.alertroute.support.V2Alerts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code pagerduty_configs} against a local events endpoint answering 202 as PagerDuty does: a
 * group triggers one incident keyed by its group key's hash and resolves it when the group
 * resolves; 429/500 are retried, a refused event (400) is not.
 */
@QuarkusTest
@TestProfile(ReceiversProfile.class)
class PagerDutyDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RecordingHttp pagerduty;

    @BeforeAll
    static void listen() throws Exception {
        pagerduty = new RecordingHttp(ConfigProvider.getConfig().getValue("receivers-test.pagerduty-port", Integer.class), 202);
    }

    @AfterAll
    static void stop() {
        pagerduty.close();
    }

    @Test
    void aGroupTriggersOneIncidentAndResolvesItWhenTheGroupResolves() throws Exception {
        String name = V2Alerts.name("NodeDown");
        V2Alerts.fire(name, "pagerduty");
        await().atMost(Duration.ofSeconds(20)).until(() -> pagerduty.received(name).size() == 1);
        RecordingHttp.Request request = pagerduty.received(name).get(0);
        assertEquals("/v2/enqueue", request.path());
        JsonNode trigger = JSON.readTree(request.body());
        String groupKey = "{}/{channel=\"pagerduty\"}:{alertname=\"" + name + "\"}";
        String dedupKey = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(groupKey.getBytes(StandardCharsets.UTF_8)));
        assertEquals("R0UT1NGKEY0123456789012345678901", trigger.path("routing_key").asText());
        assertEquals("trigger", trigger.path("event_action").asText());
        assertEquals(dedupKey, trigger.path("dedup_key").asText());
        assertEquals("[FIRING:1] " + name + " (pagerduty warning)", trigger.path("payload").path("summary").asText());
        assertEquals("critical", trigger.path("payload").path("severity").asText());
        assertEquals("Alertmanager", trigger.path("payload").path("source").asText());
        assertEquals("1", trigger.path("payload").path("custom_details").path("num_firing").asText());
        assertTrue(trigger.path("payload").path("custom_details").path("firing").asText().contains(" - alertname = " + name));

        V2Alerts.resolve(name, "pagerduty");
        await().atMost(Duration.ofSeconds(20)).until(() -> pagerduty.received(name).size() == 2);
        JsonNode resolve = JSON.readTree(pagerduty.received(name).get(1).body());
        assertEquals("resolve", resolve.path("event_action").asText());
        assertEquals(dedupKey, resolve.path("dedup_key").asText());
        assertEquals("1", resolve.path("payload").path("custom_details").path("num_resolved").asText());
        List<Map<String, Object>> rows = V2Alerts.awaitRows(name, r -> r.size() == 2);
        rows.forEach(row -> assertEquals("sent", row.get("status")));
        rows.forEach(row -> assertEquals("pager/pagerduty/0", row.get("integration")));
    }

    @Test
    void rateLimitAndServerErrorAreRetriedAndTheEventDeliveredOnce() throws Exception {
        String name = V2Alerts.name("Busy");
        pagerduty.script(name, Answer.retryAfter(429, "0"), Answer.status(500));
        V2Alerts.fire(name, "pagerduty");

        Map<String, Object> row = V2Alerts.awaitRows(name, r -> !r.isEmpty()).get(0);
        assertEquals("sent", row.get("status"));
        assertEquals(3, row.get("attempts"));
        Thread.sleep(2500); // two group intervals: a repeat would have come by now
        assertEquals(3, pagerduty.received(name).size());
    }

    @Test
    void anEventPagerDutyRefusesIsNotRetried() throws Exception {
        String name = V2Alerts.name("Invalid");
        pagerduty.script(name, Answer.status(400), Answer.status(400), Answer.status(400), Answer.status(400));
        V2Alerts.fire(name, "pagerduty");

        List<Map<String, Object>> rows;
        try {
            rows = V2Alerts.awaitRows(name, r -> !r.isEmpty());
        } finally {
            V2Alerts.resolve(name, "pagerduty"); // ends the group, which would be tried again every group interval
        }
        assertEquals("failed", rows.get(0).get("status"));
        assertEquals(1, rows.get(0).get("attempts"));
        assertEquals("HTTP 400: scripted failure 400", rows.get(0).get("lastError"));
        // a later flush may try the group again, as Alertmanager does, but never retries within one
        Thread.sleep(300);
        List<Map<String, Object>> later = Db.notificationsNamed(name).stream()
                .filter(row -> !"pending".equals(row.get("status"))).toList(); // a later flush's, perhaps not yet tried
        later.forEach(row -> assertEquals(1, row.get("attempts"), later.toString()));
        assertTrue(pagerduty.received(name).size() <= later.size() + 1, "one request per flush, a flush perhaps under way");
    }
}

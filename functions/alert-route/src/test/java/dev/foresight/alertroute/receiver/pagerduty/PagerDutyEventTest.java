package dev.foresight.alertroute.receiver.pagerduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Events API v2 body: Alertmanager's dedup key, trigger and resolve, defaults and configured fields. */
class PagerDutyEventTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Notification group(boolean resolved) {
        GroupAlert alert = new GroupAlert(1, "fp", Map.of("alertname", "NodeDown", "instance", "a"), Map.of("summary", "down"),
                NOW.minusSeconds(60), resolved ? NOW.minusSeconds(1) : NOW.plusSeconds(300), "http://prometheus/graph");
        return new Notification("pager", "{}:{alertname=\"NodeDown\"}", Map.of("alertname", "NodeDown"), List.of(alert), 0, !resolved, NOW);
    }

    @Test
    void theDedupKeyIsTheGroupKeysSha256AsAlertmanagerHashesIt() {
        // sha256 of {}:{alertname="NodeDown"}, computed independently (python3 hashlib)
        assertEquals("81dc30ba5475ebac179421dc9cc7a1e4057e66705dfc91492838cf9e3f939b59",
                PagerDutyEvent.dedupKey("{}:{alertname=\"NodeDown\"}"));
    }

    @Test
    void aFiringGroupTriggersAndAResolvedOneResolvesTheSameIncident() throws Exception {
        PagerDutyConfig config = PagerDutyConfig.of(Map.of("routing_key", "key", "url", "https://events.pagerduty.com/v2/enqueue"));
        JsonNode trigger = JSON.valueToTree(PagerDutyEvent.of(group(false), config, "key", "http://am:9093"));
        JsonNode resolve = JSON.valueToTree(PagerDutyEvent.of(group(true), config, "key", "http://am:9093"));
        assertEquals("trigger", trigger.path("event_action").asText());
        assertEquals("resolve", resolve.path("event_action").asText());
        assertEquals(trigger.path("dedup_key"), resolve.path("dedup_key"));
        assertEquals("[FIRING:1] NodeDown (a)", trigger.path("payload").path("summary").asText());
        assertEquals("error", trigger.path("payload").path("severity").asText());
        assertEquals("Alertmanager", trigger.path("payload").path("source").asText());
        assertEquals("Alertmanager", trigger.path("client").asText());
        assertEquals("http://am:9093/#/alerts?receiver=pager", trigger.path("client_url").asText());
        assertEquals("Labels:\n - alertname = NodeDown\n - instance = a\nAnnotations:\n - summary = down\nSource: http://prometheus/graph\n",
                trigger.path("payload").path("custom_details").path("firing").asText());
        assertTrue(trigger.path("payload").path("class").isMissingNode(), "empty fields are left out");
    }

    @Test
    void configuredFieldsReplaceTheDefaultsAndALongSummaryIsCut() {
        PagerDutyConfig config = PagerDutyConfig.of(Map.of("routing_key", "key", "url", "u", "severity", "critical",
                "description", "x".repeat(2000), "component", "db", "details", Map.of("runbook", "https://runbooks/db")));
        PagerDutyEvent event = PagerDutyEvent.of(group(false), config, "key", "http://am:9093");
        assertEquals(PagerDutyEvent.MAX_SUMMARY, event.payload().summary().length());
        assertEquals("critical", event.payload().severity());
        assertEquals("db", event.payload().component());
        assertEquals(Map.of("runbook", "https://runbooks/db"), event.payload().customDetails());
    }

    @Test
    void theEventsApiV1ServiceKeyIsRefusedWithTheWayOut() {
        ConfigException refused = assertThrows(ConfigException.class, () -> PagerDutyConfig.of(Map.of("service_key", "k", "url", "u")));
        assertTrue(refused.getMessage().contains("use routing_key"), refused.getMessage());
    }
}

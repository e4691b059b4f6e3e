package dev.foresight.alertroute.receiver.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The incoming-webhook body: Alertmanager's defaults, configured fields as written, empty ones left out. */
class SlackMessageTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Notification group(boolean resolved) {
        GroupAlert alert = new GroupAlert(1, "fp", Map.of("alertname", "DiskFull"), Map.of(), NOW.minusSeconds(60),
                resolved ? NOW.minusSeconds(1) : NOW.plusSeconds(300), "");
        return new Notification("chat", "k", Map.of("alertname", "DiskFull"), List.of(alert), 0, !resolved, NOW);
    }

    @Test
    void defaultsAreAlertmanagers() {
        JsonNode body = JSON.valueToTree(SlackMessage.of(group(false), SlackConfig.of(Map.of("api_url", "https://hooks.slack.com/x")),
                "http://am:9093"));
        assertEquals("Alertmanager", body.path("username").asText());
        assertTrue(body.path("channel").isMissingNode());
        JsonNode attachment = body.path("attachments").path(0);
        assertEquals("[FIRING:1] DiskFull ", attachment.path("title").asText());
        assertEquals("http://am:9093/#/alerts?receiver=chat", attachment.path("title_link").asText());
        assertEquals("[FIRING:1] DiskFull  | http://am:9093/#/alerts?receiver=chat", attachment.path("fallback").asText());
        assertEquals("danger", attachment.path("color").asText());
        assertTrue(attachment.path("text").isMissingNode());
        assertEquals("good", JSON.valueToTree(SlackMessage.of(group(true), SlackConfig.of(Map.of("api_url", "u")), "x"))
                .path("attachments").path(0).path("color").asText());
    }

    @Test
    void configuredFieldsAreSentAsWritten() {
        SlackConfig config = SlackConfig.of(Map.of("api_url", "https://hooks.slack.com/services/T/B/secret", "channel", "#ops",
                "username", "pager", "title", "Disk", "text", "Runbook: r", "color", "warning", "icon_emoji", ":fire:"));
        JsonNode body = JSON.valueToTree(SlackMessage.of(group(false), config, "http://am:9093"));
        assertEquals("#ops", body.path("channel").asText());
        assertEquals("pager", body.path("username").asText());
        assertEquals(":fire:", body.path("icon_emoji").asText());
        assertEquals("Disk", body.path("attachments").path(0).path("title").asText());
        assertEquals("Runbook: r", body.path("attachments").path(0).path("text").asText());
        assertEquals("warning", body.path("attachments").path(0).path("color").asText());
        assertEquals("https://hooks.slack.com", config.endpoint(), "the breaker's key keeps the webhook's secret path out");
    }
}

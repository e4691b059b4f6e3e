package dev.foresight.alertroute.receiver.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.alert.AlertView;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
    private static final Instant START = Instant.parse("2025-01-01T12:00:00Z");

    private static AlertView alert(String status, Instant resolvedAt) {
        return new AlertView(42, "f".repeat(64), "failure", "checkout", "critical", status, "will fail in 2 minutes",
                Map.of("metric", "latency_ms", "severity", "spoofed"), 0.9, 120.0, 1, START, START, null, null, resolvedAt, null);
    }

    @Test
    void isShapedLikeAnAlertmanagerWebhook() {
        WebhookPayload payload = WebhookPayload.of(alert("firing", null), "webhook");
        assertEquals("4", payload.version());
        assertEquals("firing", payload.status());
        assertEquals("webhook", payload.receiver());
        assertEquals(1, payload.alerts().size());
        WebhookPayload.Item item = payload.alerts().get(0);
        assertEquals(Map.of("alertname", "failure", "service", "checkout", "severity", "critical", "metric", "latency_ms"),
                item.labels());
        assertEquals(Map.of("summary", "will fail in 2 minutes", "alertId", "42", "confidence", "0.9",
                "timeToFailureSeconds", "120.0"), item.annotations());
        assertEquals("2025-01-01T12:00:00Z", item.startsAt());
        assertEquals(WebhookPayload.NOT_ENDED, item.endsAt());
        assertEquals("f".repeat(64), item.fingerprint());
        assertEquals(item.labels(), payload.commonLabels());
    }

    @Test
    void aResolvedAlertEnds() {
        Instant end = START.plusSeconds(600);
        WebhookPayload payload = WebhookPayload.of(alert("resolved", end), "webhook");
        assertEquals("resolved", payload.status());
        assertEquals(end.toString(), payload.alerts().get(0).endsAt());
    }
}

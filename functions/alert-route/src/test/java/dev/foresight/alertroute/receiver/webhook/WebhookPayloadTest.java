package dev.foresight.alertroute.receiver.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {
    private static final Instant START = Instant.parse("2025-01-01T12:00:00Z");
    private static final Instant NOW = START.plusSeconds(60);

    private static GroupAlert alert(long id, String instance, Instant endsAt) {
        return new GroupAlert(id, "fp" + id, Map.of("alertname", "HighLatency", "service", "checkout", "instance", instance),
                Map.of("summary", "slow on " + instance, "runbook", "r1"), START, endsAt, "http://prom/graph");
    }

    @Test
    void isAlertmanagersVersionFourBodyForOneGroup() {
        var notification = new Notification("team", "{}/{service=\"checkout\"}:{alertname=\"HighLatency\"}",
                Map.of("alertname", "HighLatency"), List.of(alert(1, "a", NOW.plusSeconds(300)), alert(2, "b", NOW.minusSeconds(5))),
                3, true, NOW);
        WebhookPayload payload = WebhookPayload.of(notification, "http://am:9093");
        assertEquals("4", payload.version());
        assertEquals("firing", payload.status());
        assertEquals("team", payload.receiver());
        assertEquals("{}/{service=\"checkout\"}:{alertname=\"HighLatency\"}", payload.groupKey());
        assertEquals(Map.of("alertname", "HighLatency"), payload.groupLabels());
        assertEquals(Map.of("alertname", "HighLatency", "service", "checkout"), payload.commonLabels());
        assertEquals(Map.of("runbook", "r1"), payload.commonAnnotations());
        assertEquals(3, payload.truncatedAlerts());
        assertEquals("http://am:9093", payload.externalURL());
        WebhookPayload.Item firing = payload.alerts().get(0);
        assertEquals("firing", firing.status());
        assertEquals(WebhookPayload.NOT_ENDED, firing.endsAt(), "a firing alert's end is not exposed");
        assertEquals("2025-01-01T12:00:00Z", firing.startsAt());
        WebhookPayload.Item resolved = payload.alerts().get(1);
        assertEquals("resolved", resolved.status());
        assertEquals(NOW.minusSeconds(5).toString(), resolved.endsAt());
        assertEquals("fp2", resolved.fingerprint());
    }

    @Test
    void aGroupWithNothingFiringIsResolved() {
        var notification = new Notification("team", "{}:{}", Map.of(), List.of(alert(2, "b", NOW.minusSeconds(5))), 0, false, NOW);
        assertEquals("resolved", WebhookPayload.of(notification, "").status());
    }
}

package dev.foresight.alertroute.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alertmanager's {@code __subject} and receiver link, as its default templates write them. */
class GroupTextTest {
    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

    static GroupAlert alert(long id, Map<String, String> labels, boolean resolved) {
        return new GroupAlert(id, "fp" + id, labels, Map.of("summary", "disk full"), NOW.minusSeconds(60),
                resolved ? NOW.minusSeconds(1) : NOW.plusSeconds(300), "http://prometheus/graph");
    }

    static Notification notification(List<GroupAlert> alerts) {
        boolean firing = alerts.stream().anyMatch(a -> !a.resolvedAt(NOW));
        return new Notification("ops team", "{}:{alertname=\"DiskFull\"}", Map.of("alertname", "DiskFull"), alerts, 0, firing, NOW);
    }

    @Test
    void theSubjectCountsFiringAlertsAndListsGroupThenOtherCommonLabelValues() {
        Notification two = notification(List.of(
                alert(1, Map.of("alertname", "DiskFull", "severity", "critical", "instance", "a"), false),
                alert(2, Map.of("alertname", "DiskFull", "severity", "critical", "instance", "b"), true)));
        assertEquals("[FIRING:1] DiskFull (critical)", GroupText.subject(two));
        Notification resolved = notification(List.of(alert(2, Map.of("alertname", "DiskFull", "severity", "critical"), true)));
        assertEquals("[RESOLVED] DiskFull (critical)", GroupText.subject(resolved));
    }

    @Test
    void noOtherCommonLabelsLeavesAlertmanagersTrailingSpace() {
        Notification n = notification(List.of(alert(1, Map.of("alertname", "DiskFull", "x", "1"), false),
                alert(2, Map.of("alertname", "DiskFull", "x", "2"), false)));
        assertEquals("[FIRING:2] DiskFull ", GroupText.subject(n));
    }

    @Test
    void theReceiverLinkQuotesTheName() {
        assertEquals("http://am:9093/#/alerts?receiver=ops+team", GroupText.alertsUrl("http://am:9093", "ops team"));
    }
}

package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.memory.SimilarIncident;
import java.util.List;
import java.util.Map;

/**
 * What one integration is told about one group: its alerts (already in order, already truncated to
 * the integration's {@code max_alerts}, with {@code truncated} left out), whether any fires, and
 * the resolved past incidents most like it (empty when none were found in time).
 */
public record Notification(String receiver, String groupKey, Map<String, String> groupLabels, List<GroupAlert> alerts,
        int truncated, boolean firing, java.time.Instant at, List<SimilarIncident> similarIncidents) {

    public Notification(String receiver, String groupKey, Map<String, String> groupLabels, List<GroupAlert> alerts,
            int truncated, boolean firing, java.time.Instant at) {
        this(receiver, groupKey, groupLabels, alerts, truncated, firing, at, List.of());
    }
}

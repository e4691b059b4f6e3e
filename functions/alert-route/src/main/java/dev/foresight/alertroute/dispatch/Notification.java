package dev.foresight.alertroute.dispatch;

import java.util.List;
import java.util.Map;

/**
 * What one integration is told about one group: its alerts (already in order, already truncated to
 * the integration's {@code max_alerts}, with {@code truncated} left out) and whether any fires.
 */
public record Notification(String receiver, String groupKey, Map<String, String> groupLabels, List<GroupAlert> alerts,
        int truncated, boolean firing, java.time.Instant at) {}

package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One webhook call (payload version 4) reduced to what two Alertmanager implementations must
 * agree on. The {@code scenario} label is dropped (the harness added it). The raw {@code groupKey}
 * is kept for reading but not compared: it embeds the route's key, which may be spelled
 * differently; a group is identified by receiver plus group labels instead.
 */
record Notification(String receiver, String status, Map<String, String> groupLabels, List<AlertState> alerts,
        double offsetSeconds, String groupKey, String version) {

    /** An alert as notified: its labels (without {@code scenario}) and firing/resolved. */
    record AlertState(Map<String, String> labels, String status) {
        @Override
        public String toString() {
            return labels + " " + status;
        }
    }

    static Notification from(WebhookRecorder.Call call, Instant start) {
        JsonNode body = call.body();
        List<AlertState> alerts = new ArrayList<>();
        for (JsonNode alert : body.path("alerts")) {
            alerts.add(new AlertState(labels(alert.path("labels")), alert.path("status").asText()));
        }
        alerts.sort(Comparator.comparing(AlertState::toString));
        double offset = Duration.between(start, call.arrivedAt()).toMillis() / 1000.0;
        return new Notification(body.path("receiver").asText(), body.path("status").asText(),
                labels(body.path("groupLabels")), List.copyOf(alerts), offset, body.path("groupKey").asText(),
                body.path("version").asText());
    }

    /** The group this notification belongs to, comparable across implementations. */
    String group() {
        return receiver + " " + groupLabels;
    }

    /** Everything compared except the time. */
    String content() {
        return "v" + version + " " + status + " " + alerts;
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            if (!"scenario".equals(e.getKey())) {
                labels.put(e.getKey(), e.getValue().asText());
            }
        });
        return java.util.Collections.unmodifiableMap(labels);
    }

    @Override
    public String toString() {
        return String.format("%6.2fs %s %s", offsetSeconds, group(), content());
    }
}

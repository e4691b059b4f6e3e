package dev.foresight.alertroute.memory;

import dev.foresight.alertroute.alert.AlertView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What alert-route remembers of an alert, and what it asks embed about. The text is the same for a
 * firing alert, its incident and a later lookup (summary, description, alert name and service), so
 * the same trouble lands near itself; how it was resolved travels in the metadata, where it is
 * returned but does not pull the vector towards the resolver's wording.
 */
public final class MemoryDraft {
    public static final String ALERT = "alert";
    public static final String INCIDENT = "incident";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";

    static final String SUMMARY = "summary";
    static final String RESOLUTION = "resolution";
    static final String SERVICE = "service";
    static final String STARTS_AT = "startsAt";
    static final String RESOLVED_AT = "resolvedAt";
    static final String ALERT_ID = "alertId";
    /** embed refuses longer texts; a query or memory is cut here. */
    static final int MAX_TEXT = 2000;

    private MemoryDraft() {}

    /**
     * The memory of a stored alert ({@code kind} alert), of its acknowledgement (who took it, when)
     * or of its resolution ({@code kind} incident).
     */
    public static MemoryRecord of(String kind, AlertView alert, String note) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(ALERT_ID, alert.id());
        metadata.put("fingerprint", alert.fingerprint());
        metadata.put(SERVICE, alert.service());
        metadata.put("severity", alert.severity());
        metadata.put("alertname", alert.labels().getOrDefault("alertname", alert.type()));
        metadata.put(SUMMARY, alert.summary());
        metadata.put("labels", new TreeMap<>(alert.labels()));
        metadata.put(STARTS_AT, alert.startsAt().toString());
        if (ACKNOWLEDGEMENT.equals(kind) && alert.acknowledgedAt() != null) {
            metadata.put("acknowledgedBy", alert.acknowledgedBy());
            metadata.put("acknowledgedAt", alert.acknowledgedAt().toString());
        }
        if (INCIDENT.equals(kind)) {
            metadata.put(RESOLVED_AT, (alert.resolvedAt() == null ? alert.endsAt() : alert.resolvedAt()).toString());
            metadata.put(RESOLUTION, resolution(note, alert.annotations()));
            metadata.put("resolutionSource", note != null && !note.isBlank() ? "note" : "annotations");
        }
        return new MemoryRecord(text(alert.labels(), alert.annotations()), kind, metadata);
    }

    /** The text that stands for an alert: the same words whether it is remembered or looked up. */
    public static String text(Map<String, String> labels, Map<String, String> annotations) {
        StringBuilder text = new StringBuilder();
        String summary = annotations.getOrDefault("summary", "");
        String description = annotations.getOrDefault("description", "");
        text.append(summary.isBlank() ? description : summary);
        if (!description.isBlank() && !description.equals(summary)) {
            text.append(". ").append(description);
        }
        String name = labels.getOrDefault("alertname", labels.getOrDefault("prediction_type", ""));
        String service = labels.getOrDefault("service", labels.getOrDefault("job", ""));
        if (!name.isBlank() || !service.isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append('(').append(name)
                    .append(service.isBlank() ? "" : (name.isBlank() ? "" : " ") + "on " + service).append(')');
        }
        if (text.isEmpty()) {
            // nothing but labels: they are the alert's words
            text.append(new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
        }
        return cut(text.toString().strip());
    }

    /** A group's query: its firing alerts' distinct texts, at most three, one per line. */
    public static String query(List<Map.Entry<Map<String, String>, Map<String, String>>> labelsAndAnnotations) {
        return cut(labelsAndAnnotations.stream().map(pair -> text(pair.getKey(), pair.getValue()))
                .filter(text -> !text.isBlank()).distinct().limit(3).collect(Collectors.joining("\n")));
    }

    /** The resolver's note; without one, what the alert's annotations say about it. */
    static String resolution(String note, Map<String, String> annotations) {
        if (note != null && !note.isBlank()) {
            return note.strip();
        }
        for (String key : List.of("resolution", "runbook_url", "runbook")) {
            String value = annotations.get(key);
            if (value != null && !value.isBlank()) {
                return key.equals("resolution") ? value : "runbook: " + value;
            }
        }
        return "ended without a note";
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}

package dev.foresight.alertroute.receiver.webhook;

import dev.foresight.alertroute.alert.AlertView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook body, shaped like Alertmanager's webhook payload (version 4) so existing
 * consumers of that format can read it. One alert per POST: the group is the alert itself.
 */
@RegisterForReflection
public record WebhookPayload(String version, String groupKey, String status, String receiver,
        Map<String, String> groupLabels, Map<String, String> commonLabels, Map<String, String> commonAnnotations,
        String externalURL, int truncatedAlerts, List<Item> alerts) {

    /** Alertmanager's "zero" end time for an alert that is still firing. */
    static final String NOT_ENDED = "0001-01-01T00:00:00Z";

    @RegisterForReflection
    public record Item(String status, Map<String, String> labels, Map<String, String> annotations, String startsAt,
            String endsAt, String generatorURL, String fingerprint) {}

    public static WebhookPayload of(AlertView alert, String receiver) {
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        labels.put("alertname", alert.type());
        labels.put("service", alert.service());
        labels.put("severity", alert.severity());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", alert.summary());
        annotations.put("alertId", Long.toString(alert.id()));
        if (alert.confidence() != null) {
            annotations.put("confidence", Double.toString(alert.confidence()));
        }
        if (alert.timeToFailureSeconds() != null) {
            annotations.put("timeToFailureSeconds", Double.toString(alert.timeToFailureSeconds()));
        }
        String status = "resolved".equals(alert.status()) ? "resolved" : "firing";
        String endsAt = alert.resolvedAt() == null ? NOT_ENDED : alert.resolvedAt().toString();
        Item item = new Item(status, labels, annotations, alert.startsAt().toString(), endsAt, "", alert.fingerprint());
        return new WebhookPayload("4", alert.fingerprint(), status, receiver, Map.of(), labels, annotations, "", 0,
                List.of(item));
    }
}

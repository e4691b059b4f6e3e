package dev.foresight.alertroute.receiver.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.memory.SimilarIncident;
import dev.foresight.alertroute.receiver.GroupText;
import dev.foresight.alertroute.dispatch.Notification;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alertmanager's webhook body, version 4: one group per POST with its real group key and labels,
 * the labels and annotations all its alerts share, and how many alerts {@code max_alerts} left out.
 * A firing alert's end is not exposed (Go's zero time), as Alertmanager does. One field is
 * Foresight's own: {@code similarIncidents}, the resolved past incidents most like this group,
 * absent when there are none, so that the body is otherwise Alertmanager's byte for byte and
 * receivers that do not know the field ignore it.
 */
@RegisterForReflection
public record WebhookPayload(String receiver, String status, List<Item> alerts, Map<String, String> groupLabels,
        Map<String, String> commonLabels, Map<String, String> commonAnnotations, String externalURL, String version,
        String groupKey, int truncatedAlerts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SimilarIncident> similarIncidents) {

    static final String NOT_ENDED = "0001-01-01T00:00:00Z";

    @RegisterForReflection
    public record Item(String status, Map<String, String> labels, Map<String, String> annotations, String startsAt,
            String endsAt, String generatorURL, String fingerprint) {}

    public static WebhookPayload of(Notification n, String externalUrl) {
        List<Item> items = n.alerts().stream().map(alert -> item(alert, n)).toList();
        return new WebhookPayload(n.receiver(), n.firing() ? "firing" : "resolved", items, new TreeMap<>(n.groupLabels()),
                common(n.alerts().stream().map(GroupAlert::labels).toList()),
                common(n.alerts().stream().map(GroupAlert::annotations).toList()),
                externalUrl, "4", n.groupKey(), n.truncated(), n.firing() ? n.similarIncidents() : List.of());
    }

    private static Item item(GroupAlert alert, Notification n) {
        boolean resolved = alert.resolvedAt(n.at());
        return new Item(resolved ? "resolved" : "firing", new TreeMap<>(alert.labels()), new TreeMap<>(alert.annotations()),
                alert.startsAt().toString(), resolved ? alert.endsAt().toString() : NOT_ENDED, alert.generatorUrl(),
                alert.fingerprint());
    }

    static Map<String, String> common(List<Map<String, String>> maps) {
        return GroupText.common(maps);
    }
}

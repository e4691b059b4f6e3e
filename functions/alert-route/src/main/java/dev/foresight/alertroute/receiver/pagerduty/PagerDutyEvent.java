package dev.foresight.alertroute.receiver.pagerduty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.receiver.GroupText;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Events API v2 event as Alertmanager sends it: {@code dedup_key} is the SHA-256 of the group
 * key in hex (so every notification of a group is one incident), {@code trigger} while any alert
 * of the group fires and {@code resolve} once none does. Defaults are those of Alertmanager's template.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PagerDutyEvent(@JsonProperty("routing_key") String routingKey, @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("event_action") String eventAction, Payload payload, String client,
        @JsonProperty("client_url") String clientUrl) {

    /** Events API v2 refuses a summary longer than this. */
    static final int MAX_SUMMARY = 1024;

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Payload(String summary, String source, String severity, @JsonProperty("class") String eventClass,
            String component, String group, @JsonProperty("custom_details") Map<String, String> customDetails) {}

    public static PagerDutyEvent of(Notification n, PagerDutyConfig config, String routingKey, String externalUrl) {
        String client = config.client().orElse("Alertmanager");
        String summary = config.description().orElse(GroupText.subject(n));
        if (summary.codePointCount(0, summary.length()) > MAX_SUMMARY) {
            summary = summary.substring(0, summary.offsetByCodePoints(0, MAX_SUMMARY - 1)) + "…";
        }
        Map<String, String> details = new LinkedHashMap<>();
        if (config.details().isEmpty()) {
            List<GroupAlert> firing = GroupText.firing(n);
            List<GroupAlert> resolved = GroupText.resolved(n);
            details.put("firing", String.join("", firing.stream().map(GroupText::describe).toList()));
            details.put("resolved", String.join("", resolved.stream().map(GroupText::describe).toList()));
            details.put("num_firing", String.valueOf(firing.size()));
            details.put("num_resolved", String.valueOf(resolved.size()));
        } else {
            details.putAll(config.details());
        }
        Payload payload = new Payload(summary, config.source().orElse(client), config.severity().orElse("error"),
                config.eventClass().orElse(null), config.component().orElse(null), config.group().orElse(null), details);
        return new PagerDutyEvent(routingKey, dedupKey(n.groupKey()), n.firing() ? "trigger" : "resolve", payload, client,
                config.clientUrl().orElse(GroupText.alertsUrl(externalUrl, n.receiver())));
    }

    /** Alertmanager's {@code Key.Hash()}: the group key's SHA-256, lower-case hex. */
    public static String dedupKey(String groupKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(groupKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

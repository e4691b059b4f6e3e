package dev.foresight.alertroute.am.config;

import java.util.List;
import java.util.Map;

/**
 * A named receiver. Webhooks are typed because we deliver them; email, Slack and PagerDuty blocks are
 * validated and kept as maps (global defaults filled in); other Alertmanager kinds are accepted and
 * only named in {@code otherKinds}, e.g. {@code opsgenie_configs}.
 */
public record ReceiverSpec(
        String name,
        List<WebhookSpec> webhooks,
        List<Map<String, Object>> emails,
        List<Map<String, Object>> slacks,
        List<Map<String, Object>> pagerduties,
        List<String> otherKinds) {

    public ReceiverSpec {
        webhooks = List.copyOf(webhooks);
        emails = List.copyOf(emails);
        slacks = List.copyOf(slacks);
        pagerduties = List.copyOf(pagerduties);
        otherKinds = List.copyOf(otherKinds);
    }
}

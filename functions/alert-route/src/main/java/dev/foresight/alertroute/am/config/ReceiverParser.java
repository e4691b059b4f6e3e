package dev.foresight.alertroute.am.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One {@code receivers:} entry: its name, typed webhooks, checked email/Slack/PagerDuty blocks. */
final class ReceiverParser {
    /** Kinds we accept but do not deliver; 0.25's set plus msteams_configs from later releases. */
    static final List<String> OTHER_KINDS = List.of("opsgenie_configs", "victorops_configs", "pushover_configs",
            "sns_configs", "telegram_configs", "wechat_configs", "webex_configs", "discord_configs",
            "msteams_configs");

    private static final Set<String> KEYS;

    static {
        List<String> keys = new ArrayList<>(List.of("name", "webhook_configs", "email_configs", "slack_configs",
                "pagerduty_configs"));
        keys.addAll(OTHER_KINDS);
        KEYS = Set.copyOf(keys);
    }

    private static final Set<String> WEBHOOK_KEYS = Set.of("send_resolved", "http_config", "url", "max_alerts");

    private ReceiverParser() {}

    static ReceiverSpec parse(YamlNode node, Global global) {
        node.allowOnly(KEYS);
        String name = node.text("name").orElse("");
        if (name.isEmpty()) {
            throw new ConfigException("missing name in receiver");
        }
        List<WebhookSpec> webhooks = node.list("webhook_configs").stream().map(ReceiverParser::webhook).toList();
        List<Map<String, Object>> emails = node.list("email_configs").stream()
                .map(n -> NotifierBlocks.email(n, global)).toList();
        List<Map<String, Object>> slacks = node.list("slack_configs").stream()
                .map(n -> NotifierBlocks.slack(n, global)).toList();
        List<Map<String, Object>> pagerduties = node.list("pagerduty_configs").stream()
                .map(n -> NotifierBlocks.pagerduty(n, global)).toList();
        List<String> others = OTHER_KINDS.stream().filter(kind -> !node.list(kind).isEmpty()).toList();
        return new ReceiverSpec(name, webhooks, emails, slacks, pagerduties, others);
    }

    private static WebhookSpec webhook(YamlNode node) {
        node.allowOnly(WEBHOOK_KEYS);
        String url = node.text("url").orElse("");
        if (url.isEmpty()) {
            throw new ConfigException("missing URL in webhook config");
        }
        boolean sendResolved = node.get("send_resolved").map(YamlNode::bool).orElse(true);
        int maxAlerts = node.get("max_alerts").map(YamlNode::integer).orElse(0);
        if (maxAlerts < 0) {
            throw new ConfigException("cannot unmarshal !!int `" + maxAlerts + "` into uint64 at " + node.path());
        }
        return new WebhookSpec(Urls.parse(url), sendResolved, maxAlerts);
    }
}

package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.AlertmanagerConfig;
import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.receiver.email.EmailConfig;
import dev.foresight.alertroute.receiver.pagerduty.PagerDutyConfig;
import dev.foresight.alertroute.receiver.slack.SlackConfig;
import dev.foresight.shared.egress.EgressPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a configuration's receivers must pass beyond Alertmanager's own checks, or the whole
 * configuration is refused (at start-up, on reload, on rollback) naming the receiver, the entry and
 * the rule: each email, Slack and PagerDuty block must be one this function can deliver, and every
 * webhook URL, Slack {@code api_url}, PagerDuty {@code url} and SMTP smarthost must pass the egress
 * policy. Names are judged by what they say here and again by their address at each delivery.
 */
final class ReceiverChecks {
    private ReceiverChecks() {}

    static void check(AlertmanagerConfig config, EgressPolicy policy) {
        for (ReceiverSpec receiver : config.receivers()) {
            for (int i = 0; i < receiver.webhooks().size(); i++) {
                url(receiver, "webhook_configs[" + i + "] url", receiver.webhooks().get(i).url().toString(), policy);
            }
            List<EmailConfig> emails = typed(receiver, "email_configs", receiver.emails(), EmailConfig::of);
            for (int i = 0; i < emails.size(); i++) {
                String smarthost = emails.get(i).smarthost();
                Optional<String> refused = policy.checkHost(emails.get(i).host());
                if (refused.isPresent()) {
                    throw refusal(receiver, "email_configs[" + i + "] smarthost", smarthost, refused.get());
                }
            }
            List<SlackConfig> slacks = typed(receiver, "slack_configs", receiver.slacks(), SlackConfig::of);
            for (int i = 0; i < slacks.size(); i++) {
                int index = i;
                slacks.get(i).apiUrl().ifPresent(url -> url(receiver, "slack_configs[" + index + "] api_url", url, policy));
            }
            List<PagerDutyConfig> pagerduties = typed(receiver, "pagerduty_configs", receiver.pagerduties(), PagerDutyConfig::of);
            for (int i = 0; i < pagerduties.size(); i++) {
                url(receiver, "pagerduty_configs[" + i + "] url", pagerduties.get(i).url(), policy);
            }
        }
    }

    private static <T> List<T> typed(ReceiverSpec receiver, String key, List<Map<String, Object>> blocks,
            Function<Map<String, Object>, T> parse) {
        return java.util.stream.IntStream.range(0, blocks.size()).mapToObj(i -> {
            try {
                return parse.apply(blocks.get(i));
            } catch (ConfigException invalid) {
                throw new ConfigException("receiver \"" + receiver.name() + "\": " + key + "[" + i + "]: " + invalid.getMessage(), invalid);
            }
        }).toList();
    }

    private static void url(ReceiverSpec receiver, String field, String url, EgressPolicy policy) {
        Optional<String> refused = policy.checkUrl(url);
        if (refused.isPresent()) {
            throw refusal(receiver, field, url, refused.get());
        }
    }

    private static ConfigException refusal(ReceiverSpec receiver, String field, String value, String rule) {
        return new ConfigException("receiver \"" + receiver.name() + "\": " + field + " \"" + value + "\" " + rule
                + " (the egress policy; " + EgressPolicy.ALLOW_PROPERTY + " lists the address blocks allowed)");
    }
}

package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.AlertmanagerConfig;
import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.shared.egress.EgressPolicy;
import java.util.Optional;

/**
 * Every {@code webhook_configs} URL of a configuration must pass the egress policy, or the whole
 * configuration is refused (at start-up, on reload, on rollback) with the receiver, the URL and
 * the rule. Names are judged by what they say here and again by their address at each delivery.
 */
final class WebhookEgress {
    private WebhookEgress() {}

    static void check(AlertmanagerConfig config, EgressPolicy policy) {
        for (ReceiverSpec receiver : config.receivers()) {
            for (int i = 0; i < receiver.webhooks().size(); i++) {
                String url = receiver.webhooks().get(i).url().toString();
                Optional<String> refused = policy.checkUrl(url);
                if (refused.isPresent()) {
                    throw new ConfigException("receiver \"" + receiver.name() + "\": webhook_configs[" + i + "] url \""
                            + url + "\" " + refused.get() + " (the egress policy; " + EgressPolicy.ALLOW_PROPERTY
                            + " lists the address blocks allowed)");
                }
            }
        }
    }
}

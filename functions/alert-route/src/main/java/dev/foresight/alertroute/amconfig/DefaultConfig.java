package dev.foresight.alertroute.amconfig;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Alertmanager configuration alert-route runs when no file is given, written from the
 * {@code foresight.alert-route.webhook.*} settings: alerts are grouped per alert name and service,
 * a new group is told at once, and the chosen severities go to the webhook.
 */
public final class DefaultConfig {
    static final String GROUP_INTERVAL = "30s";
    static final String REPEAT_INTERVAL = "4h";

    private DefaultConfig() {}

    public static String yaml(Optional<URI> webhook, Set<String> severities, Duration resolveTimeout) {
        StringBuilder out = new StringBuilder()
                .append("# written by alert-route from its settings: no Alertmanager configuration file was given\n")
                .append("global:\n  resolve_timeout: ").append(resolveTimeout.toMillis()).append("ms\n")
                .append("route:\n  receiver: foresight\n  group_by: [alertname, service]\n")
                .append("  group_wait: 0s\n  group_interval: ").append(GROUP_INTERVAL)
                .append("\n  repeat_interval: ").append(REPEAT_INTERVAL).append('\n');
        if (webhook.isPresent()) {
            out.append("  routes:\n    - receiver: webhook\n      matchers: ['severity=~\"")
                    .append(String.join("|", new TreeSet<>(severities))).append("\"']\n");
        }
        out.append("receivers:\n  - name: foresight\n");
        webhook.ifPresent(url -> out.append("  - name: webhook\n    webhook_configs:\n      - url: '")
                .append(url.toString().replace("'", "''")).append("'\n        send_resolved: true\n"));
        return out.toString();
    }
}

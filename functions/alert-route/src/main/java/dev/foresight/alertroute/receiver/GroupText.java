package dev.foresight.alertroute.receiver;

import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words Alertmanager's default templates put around a group, for the receivers that show text
 * (email subject, Slack title, PagerDuty summary): {@code __subject}, {@code __alertmanagerURL}.
 */
public final class GroupText {
    private GroupText() {}

    /** {@code [FIRING:2] checkout eu (latency_ms critical)}: status, group label values, then the other common labels' values. */
    public static String subject(Notification n) {
        StringBuilder out = new StringBuilder("[").append(n.firing() ? "FIRING:" + firing(n).size() : "RESOLVED").append("] ");
        out.append(String.join(" ", new TreeMap<>(n.groupLabels()).values())).append(' ');
        Map<String, String> common = common(n.alerts().stream().map(GroupAlert::labels).toList());
        if (common.size() > n.groupLabels().size()) {
            Map<String, String> rest = new TreeMap<>(common);
            n.groupLabels().keySet().forEach(rest::remove);
            out.append('(').append(String.join(" ", rest.values())).append(')');
        }
        return out.toString();
    }

    /** Where the receiver's alerts are listed in the UI: {@code <external URL>/#/alerts?receiver=<name>}. */
    public static String alertsUrl(String externalUrl, String receiver) {
        return externalUrl + "/#/alerts?receiver=" + URLEncoder.encode(receiver, StandardCharsets.UTF_8);
    }

    public static List<GroupAlert> firing(Notification n) {
        return n.alerts().stream().filter(alert -> !alert.resolvedAt(n.at())).toList();
    }

    public static List<GroupAlert> resolved(Notification n) {
        return n.alerts().stream().filter(alert -> alert.resolvedAt(n.at())).toList();
    }

    /** The pairs every map has. */
    public static Map<String, String> common(List<Map<String, String>> maps) {
        if (maps.isEmpty()) {
            return Map.of();
        }
        Map<String, String> shared = new HashMap<>(maps.get(0));
        for (Map<String, String> map : maps.subList(1, maps.size())) {
            shared.entrySet().removeIf(entry -> !entry.getValue().equals(map.get(entry.getKey())));
        }
        return new TreeMap<>(shared);
    }

    /** An alert's labels and annotations as the default templates list them, one {@code name = value} a line. */
    public static String describe(GroupAlert alert) {
        StringBuilder out = new StringBuilder("Labels:\n");
        new TreeMap<>(alert.labels()).forEach((k, v) -> out.append(" - ").append(k).append(" = ").append(v).append('\n'));
        out.append("Annotations:\n");
        new TreeMap<>(alert.annotations()).forEach((k, v) -> out.append(" - ").append(k).append(" = ").append(v).append('\n'));
        out.append("Source: ").append(alert.generatorUrl() == null ? "" : alert.generatorUrl()).append('\n');
        return out.toString();
    }
}

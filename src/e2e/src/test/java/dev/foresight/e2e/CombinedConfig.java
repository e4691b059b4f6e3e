package dev.foresight.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One Alertmanager configuration holding every scenario side by side: the root route has one
 * child per scenario matching {@code scenario="<name>"}; receivers and time intervals get the
 * scenario's name as prefix; inhibit rules are confined to their scenario by {@code equal}.
 */
final class CombinedConfig {
    static final double ROOT_GROUP_INTERVAL_S = 2;
    /** Global, so every scenario shares it: only the resolve-timeout scenario posts without endsAt. */
    static final String RESOLVE_TIMEOUT = "6s";

    private CombinedConfig() {
    }

    /** The full name of a scenario's receiver or time interval: {@code name} or {@code name-local}. */
    static String scoped(Scenario scenario, String local) {
        return local.isEmpty() ? scenario.name() : scenario.name() + "-" + local;
    }

    /** The YAML for {@code scenarios}, each receiver posting to {@code webhookBase/<receiver>}. */
    static String yaml(List<Scenario> scenarios, String webhookBase) {
        ObjectNode config = Scenario.YAML.createObjectNode();
        config.putObject("global").put("resolve_timeout", RESOLVE_TIMEOUT);
        ObjectNode root = config.putObject("route");
        root.put("receiver", "blackhole");
        root.put("group_wait", "1s");
        root.put("group_interval", (int) ROOT_GROUP_INTERVAL_S + "s");
        root.put("repeat_interval", "1h");
        ArrayNode routes = root.putArray("routes");
        ArrayNode receivers = config.putArray("receivers");
        receivers.addObject().put("name", "blackhole");
        ArrayNode inhibitRules = config.putArray("inhibit_rules");
        ArrayNode timeIntervals = config.putArray("time_intervals");

        for (Scenario scenario : scenarios) {
            ObjectNode route = scenario.route().deepCopy();
            scope(scenario, route);
            ArrayNode matchers = Scenario.YAML.createArrayNode().add("scenario=\"" + scenario.name() + "\"");
            ObjectNode child = routes.addObject();
            child.put("receiver", scenario.name());
            child.set("matchers", matchers);
            child.setAll(route);
            for (Map.Entry<String, Boolean> receiver : scenario.receivers().entrySet()) {
                String name = scoped(scenario, receiver.getKey());
                ObjectNode webhook = receivers.addObject().put("name", name).putArray("webhook_configs").addObject();
                webhook.put("url", webhookBase + "/" + name);
                webhook.put("send_resolved", receiver.getValue());
            }
            for (JsonNode rule : scenario.inhibitRules()) {
                ObjectNode scopedRule = rule.deepCopy();
                String own = "scenario=\"" + scenario.name() + "\"";
                addFirst(scopedRule, "source_matchers", own);
                addFirst(scopedRule, "target_matchers", own);
                addFirst(scopedRule, "equal", "scenario");
                inhibitRules.add(scopedRule);
            }
            for (JsonNode interval : scenario.timeIntervals()) {
                ObjectNode scopedInterval = interval.deepCopy();
                scopedInterval.put("name", scoped(scenario, interval.path("name").asText()));
                timeIntervals.add(scopedInterval);
            }
        }
        try {
            return Scenario.YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames the subtree's receivers and time intervals to their scoped names. */
    private static void scope(Scenario scenario, ObjectNode route) {
        if (route.has("receiver")) {
            route.put("receiver", scoped(scenario, route.get("receiver").asText()));
        }
        for (String field : List.of("mute_time_intervals", "active_time_intervals")) {
            if (route.has(field)) {
                ArrayNode names = Scenario.YAML.createArrayNode();
                route.get(field).forEach(n -> names.add(scoped(scenario, n.asText())));
                route.set(field, names);
            }
        }
        for (JsonNode child : route.path("routes")) {
            scope(scenario, (ObjectNode) child);
        }
    }

    private static void addFirst(ObjectNode node, String field, String value) {
        ArrayNode values = Scenario.YAML.createArrayNode().add(value);
        node.path(field).forEach(values::add);
        node.set(field, values);
    }
}

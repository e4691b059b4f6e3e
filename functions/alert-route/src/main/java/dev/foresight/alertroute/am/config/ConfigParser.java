package dev.foresight.alertroute.am.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.foresight.alertroute.am.timeinterval.TimeInterval;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Alertmanager 0.25 configuration file and refuses what Alertmanager refuses, with its
 * messages (config/config.go), so an operator's file behaves the same here as there.
 */
public final class ConfigParser {
    /** Go's YAML decoder refuses a key given twice in one mapping; Jackson would keep the last. */
    private static final YAMLMapper YAML =
            YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> KEYS = Set.of("global", "route", "inhibit_rules", "receivers", "templates",
            "mute_time_intervals", "time_intervals");
    private static final Set<String> NAMED_INTERVAL_KEYS = Set.of("name", "time_intervals");

    private ConfigParser() {}

    public static AlertmanagerConfig parse(String yaml) {
        if (yaml == null) {
            throw new ConfigException("no route provided in config");
        }
        YamlNode root = read(yaml);
        if (root == null) {
            throw new ConfigException("no route provided in config");
        }
        root.allowOnly(KEYS);
        root.strings("templates"); // accepted; templates are not rendered here
        Global global = GlobalParser.parse(root.get("global"));
        List<ReceiverSpec> receivers = root.list("receivers").stream()
                .map(n -> ReceiverParser.parse(n, global)).toList();
        Optional<RouteSpec> route = root.get("route").map(RouteParser::parse);
        List<InhibitRuleSpec> inhibitRules = root.list("inhibit_rules").stream().map(InhibitRuleParser::parse).toList();
        Map<String, List<TimeInterval>> intervals = timeIntervals(root);

        Set<String> names = new HashSet<>();
        for (ReceiverSpec r : receivers) {
            if (!names.add(r.name())) {
                throw new ConfigException("notification config name \"" + r.name() + "\" is not unique");
            }
        }
        RouteSpec tree = route.orElseThrow(() -> new ConfigException("no routes provided"));
        RouteChecks.root(tree);
        RouteChecks.receivers(tree, names);
        RouteChecks.timeIntervals(tree, intervals.keySet());
        return new AlertmanagerConfig(global, tree, receivers, inhibitRules, intervals, yaml);
    }

    private static YamlNode read(String yaml) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException("yaml: " + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return null;
        }
        return new YamlNode(tree, "");
    }

    /** Both lists share one namespace: the legacy {@code mute_time_intervals} first, as Alertmanager reads them. */
    private static Map<String, List<TimeInterval>> timeIntervals(YamlNode root) {
        Map<String, List<TimeInterval>> out = new LinkedHashMap<>();
        for (String key : List.of("mute_time_intervals", "time_intervals")) {
            for (YamlNode named : root.list(key)) {
                named.allowOnly(NAMED_INTERVAL_KEYS);
                String name = named.text("name").orElse("");
                if (name.isEmpty()) {
                    throw new ConfigException(key.equals("time_intervals")
                            ? "missing name in time interval" : "missing name in mute time interval");
                }
                List<TimeInterval> entries = new ArrayList<>();
                for (YamlNode entry : named.list("time_intervals")) {
                    entries.add(TimeIntervalParser.parse(entry));
                }
                if (out.putIfAbsent(name, List.copyOf(entries)) != null) {
                    throw new ConfigException(key.equals("time_intervals")
                            ? "time interval \"" + name + "\" is not unique"
                            : "mute time interval \"" + name + "\" is not unique");
                }
            }
        }
        return out;
    }
}

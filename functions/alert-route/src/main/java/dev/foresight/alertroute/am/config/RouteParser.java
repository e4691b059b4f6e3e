package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.label.LabelNames;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@code route:} node and its children, each checked as Alertmanager checks a route. */
final class RouteParser {
    static final String GROUP_BY_ALL = "...";

    private static final Set<String> KEYS = Set.of("receiver", "group_by", "match", "match_re", "matchers",
            "mute_time_intervals", "active_time_intervals", "continue", "routes", "group_wait", "group_interval",
            "repeat_interval");

    private RouteParser() {}

    static RouteSpec parse(YamlNode node) {
        node.allowOnly(KEYS);
        Optional<String> receiver = node.text("receiver").filter(r -> !r.isEmpty());
        Optional<List<String>> groupBy = node.get("group_by").map(n -> groupBy(node.strings("group_by")));
        Optional<Duration> groupInterval = duration(node, "group_interval");
        Optional<Duration> repeatInterval = duration(node, "repeat_interval");
        if (groupInterval.filter(Duration::isZero).isPresent()) {
            throw new ConfigException("group_interval cannot be zero");
        }
        if (repeatInterval.filter(Duration::isZero).isPresent()) {
            throw new ConfigException("repeat_interval cannot be zero");
        }
        return new RouteSpec(
                receiver,
                MatcherFields.read(node, ""),
                groupBy,
                node.get("continue").map(YamlNode::bool).orElse(false),
                duration(node, "group_wait"),
                groupInterval,
                repeatInterval,
                node.strings("mute_time_intervals"),
                node.strings("active_time_intervals"),
                node.list("routes").stream().map(RouteParser::parse).toList());
    }

    private static List<String> groupBy(List<String> labels) {
        Set<String> seen = new HashSet<>();
        boolean all = false;
        for (String label : labels) {
            if (label.equals(GROUP_BY_ALL)) {
                all = true;
                continue;
            }
            if (!LabelNames.isValid(label)) {
                throw new ConfigException("invalid label name \"" + label + "\" in group_by list");
            }
        }
        if (all && labels.stream().anyMatch(l -> !l.equals(GROUP_BY_ALL))) {
            // Alertmanager 0.25's wording, doubled word included
            throw new ConfigException("cannot have wildcard group_by (`...`) and other other labels at the same time");
        }
        for (String label : labels) {
            if (!label.equals(GROUP_BY_ALL) && !seen.add(label)) {
                throw new ConfigException("duplicated label \"" + label + "\" in group_by");
            }
        }
        return labels;
    }

    private static Optional<Duration> duration(YamlNode node, String key) {
        return node.text(key).map(PromDuration::parse);
    }
}

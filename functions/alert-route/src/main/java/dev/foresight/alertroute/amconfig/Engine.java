package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.AlertmanagerConfig;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.am.inhibit.InhibitRule;
import dev.foresight.alertroute.am.route.Route;
import dev.foresight.alertroute.am.timeinterval.TimeInterval;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One accepted configuration, ready to route: the tree, the rules, the receivers, by name and id. */
public record Engine(long version, AlertmanagerConfig config, Route root, Map<String, Route> routesById,
        List<InhibitRule> inhibitRules, Map<String, ReceiverSpec> receivers, Map<String, List<TimeInterval>> timeIntervals) {

    public static Engine of(long version, AlertmanagerConfig config) {
        Route root = Route.root(config.route());
        Map<String, Route> byId = new HashMap<>();
        root.walk(route -> byId.put(route.id(), route));
        Map<String, ReceiverSpec> receivers = new LinkedHashMap<>();
        config.receivers().forEach(receiver -> receivers.put(receiver.name(), receiver));
        List<InhibitRule> rules = config.inhibitRules().stream()
                .map(spec -> new InhibitRule(spec.sourceMatchers(), spec.targetMatchers(), spec.equal()))
                .toList();
        return new Engine(version, config, root, Map.copyOf(byId), rules, receivers, config.timeIntervals());
    }

    public Duration resolveTimeout() {
        return config.global().resolveTimeout();
    }

    public Optional<Route> route(String id) {
        return Optional.ofNullable(routesById.get(id));
    }

    /** True when the route's notifications are held back at {@code now} by its time intervals. */
    public boolean timeMuted(Route route, java.time.Instant now) {
        for (String name : route.muteTimeIntervals()) {
            if (TimeInterval.anyContains(timeIntervals.getOrDefault(name, List.of()), now)) {
                return true;
            }
        }
        if (route.activeTimeIntervals().isEmpty()) {
            return false;
        }
        for (String name : route.activeTimeIntervals()) {
            if (TimeInterval.anyContains(timeIntervals.getOrDefault(name, List.of()), now)) {
                return false;
            }
        }
        return true;
    }
}

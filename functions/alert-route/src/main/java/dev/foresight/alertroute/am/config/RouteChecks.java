package dev.foresight.alertroute.am.config;

import java.util.Set;

/** Checks that need the whole tree or the rest of the file: the root's duties and dangling names. */
final class RouteChecks {
    private RouteChecks() {}

    /** The root is the fallback for every alert: it names a receiver and matches everything, always. */
    static void root(RouteSpec root) {
        if (root.receiver().isEmpty()) {
            throw new ConfigException("root route must specify a default receiver");
        }
        if (!root.matchers().isEmpty()) {
            throw new ConfigException("root route must not have any matchers");
        }
        if (!root.muteTimeIntervals().isEmpty()) {
            throw new ConfigException("root route must not have any mute time intervals");
        }
        if (!root.activeTimeIntervals().isEmpty()) {
            throw new ConfigException("root route must not have any active time intervals");
        }
        if (root.continueMatching()) {
            throw new ConfigException("cannot have continue in root route");
        }
    }

    /** Children first, as Alertmanager reports the deepest undefined receiver. */
    static void receivers(RouteSpec route, Set<String> names) {
        route.routes().forEach(child -> receivers(child, names));
        route.receiver().filter(r -> !names.contains(r)).ifPresent(r -> {
            throw new ConfigException("undefined receiver \"" + r + "\" used in route");
        });
    }

    static void timeIntervals(RouteSpec route, Set<String> names) {
        route.routes().forEach(child -> timeIntervals(child, names));
        for (String name : route.activeTimeIntervals()) {
            if (!names.contains(name)) {
                throw new ConfigException("undefined time interval \"" + name + "\" used in route");
            }
        }
        for (String name : route.muteTimeIntervals()) {
            if (!names.contains(name)) {
                throw new ConfigException("undefined time interval \"" + name + "\" used in route");
            }
        }
    }
}

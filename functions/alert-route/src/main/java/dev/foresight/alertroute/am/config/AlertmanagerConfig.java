package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.timeinterval.TimeInterval;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated Alertmanager configuration; {@code source} is the YAML exactly as given, for the API. */
public record AlertmanagerConfig(
        Global global,
        RouteSpec route,
        List<ReceiverSpec> receivers,
        List<InhibitRuleSpec> inhibitRules,
        Map<String, List<TimeInterval>> timeIntervals,
        String source) {

    public AlertmanagerConfig {
        receivers = List.copyOf(receivers);
        inhibitRules = List.copyOf(inhibitRules);
        timeIntervals = Map.copyOf(timeIntervals);
    }

    public Optional<ReceiverSpec> receiver(String name) {
        return receivers.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}

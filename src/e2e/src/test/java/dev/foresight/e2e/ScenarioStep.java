package dev.foresight.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One thing a scenario does at an offset (seconds) from its start. */
sealed interface ScenarioStep {
    double at();

    /** Posts alerts; each carries the scenario's label once played. */
    record Post(double at, List<Alert> alerts) implements ScenarioStep {
    }

    /** Creates a silence known to later steps as {@code key}; matchers like {@code alertname="X"}. */
    record Silence(double at, String key, double seconds, List<String> matchers) implements ScenarioStep {
    }

    /** Expires the silence created under {@code key}. */
    record Expire(double at, String key) implements ScenarioStep {
    }

    /**
     * An alert to post. {@code startsAt}/{@code endsAt} are offsets from the scenario's start;
     * a null {@code startsAt} means "when posted"; a null {@code endsAt} with {@code open} means
     * no endsAt at all (the receiver applies its resolve_timeout), else one hour ahead.
     */
    record Alert(Map<String, String> labels, Map<String, String> annotations, Double startsAt, Double endsAt, boolean open) {

        /** {@code Alert.of("DiskFull", "service=db", "instance=1")}. */
        static Alert of(String alertname, String... labels) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("alertname", alertname);
            for (String label : labels) {
                int eq = label.indexOf('=');
                map.put(label.substring(0, eq), label.substring(eq + 1));
            }
            return new Alert(Map.copyOf(map), Map.of("summary", alertname + " in a scenario"), null, null, false);
        }

        Alert endsAt(double offset) {
            return new Alert(labels, annotations, startsAt, offset, false);
        }

        Alert startsAt(double offset) {
            return new Alert(labels, annotations, offset, endsAt, open);
        }

        /** Posted without endsAt: the receiver's global resolve_timeout decides when it resolves. */
        Alert withoutEndsAt() {
            return new Alert(labels, annotations, startsAt, null, true);
        }
    }
}

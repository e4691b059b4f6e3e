package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One routing behaviour to compare: its route subtree (YAML, receivers and time intervals named
 * locally), the inhibit rules and time intervals it needs, its receivers, and a timeline of steps.
 * Every scenario runs beside the others in one Alertmanager: {@link CombinedConfig} scopes its
 * names and rules by the {@code scenario} label.
 */
final class Scenario {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String name;
    private final JsonNode route;
    private final Map<String, Boolean> receivers;
    private final List<JsonNode> inhibitRules;
    private final List<JsonNode> timeIntervals;
    private final List<ScenarioStep> steps;
    private final double runFor;
    private final int expectedNotifications;

    private Scenario(Builder b) {
        this.name = b.name;
        this.route = b.route;
        this.receivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.receivers));
        this.inhibitRules = List.copyOf(b.inhibitRules);
        this.timeIntervals = List.copyOf(b.timeIntervals);
        this.steps = b.steps.stream().sorted(Comparator.comparingDouble(ScenarioStep::at)).toList();
        this.runFor = b.runFor;
        this.expectedNotifications = b.expectedNotifications;
    }

    static Builder named(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("scenario name \"" + name + "\": use [a-z0-9-]");
        }
        return new Builder(name);
    }

    String name() {
        return name;
    }

    /** The route's own fields; receivers and time intervals in it carry local names. */
    JsonNode route() {
        return route;
    }

    /** Local receiver name to send_resolved; {@code ""} is the scenario's own receiver. */
    Map<String, Boolean> receivers() {
        return receivers;
    }

    List<JsonNode> inhibitRules() {
        return inhibitRules;
    }

    List<JsonNode> timeIntervals() {
        return timeIntervals;
    }

    List<ScenarioStep> steps() {
        return steps;
    }

    /** Seconds to wait from the start before reading what arrived. */
    double runFor() {
        return runFor;
    }

    /** How many webhook calls the real Alertmanager makes (checked on the reference target), or -1. */
    int expectedNotifications() {
        return expectedNotifications;
    }

    /** The longest group_interval in the subtree (the root's {@value CombinedConfig#ROOT_GROUP_INTERVAL_S} s when none). */
    double groupIntervalSeconds() {
        return longestGroupInterval(route, CombinedConfig.ROOT_GROUP_INTERVAL_S);
    }

    private static double longestGroupInterval(JsonNode route, double inherited) {
        double own = route.has("group_interval") ? seconds(route.get("group_interval").asText()) : inherited;
        double longest = own;
        for (JsonNode child : route.path("routes")) {
            longest = Math.max(longest, longestGroupInterval(child, own));
        }
        return longest;
    }

    /** Parses Alertmanager's simple durations: {@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}. */
    static double seconds(String duration) {
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(duration);
        if (!m.matches()) {
            throw new IllegalArgumentException("duration \"" + duration + "\" not understood here");
        }
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> n / 1000;
            case "s" -> n;
            case "m" -> n * 60;
            default -> n * 3600;
        };
    }

    @Override
    public String toString() {
        return name;
    }

    static final class Builder {
        private final String name;
        private JsonNode route = YAML.createObjectNode();
        private final Map<String, Boolean> receivers = new LinkedHashMap<>(Map.of("", true));
        private final List<JsonNode> inhibitRules = new ArrayList<>();
        private final List<JsonNode> timeIntervals = new ArrayList<>();
        private final List<ScenarioStep> steps = new ArrayList<>();
        private double runFor = 10;
        private int expectedNotifications = -1;

        private Builder(String name) {
            this.name = name;
        }

        /** The route's fields as YAML (group_by, timings, child {@code routes}, …), without matchers. */
        Builder route(String yaml) {
            this.route = parse(yaml);
            return this;
        }

        /** Another webhook receiver for child routes, by local name. */
        Builder receiver(String local, boolean sendResolved) {
            receivers.put(local, sendResolved);
            return this;
        }

        /** Whether the scenario's own receiver sends resolved notifications (default true). */
        Builder sendResolved(boolean sendResolved) {
            receivers.put("", sendResolved);
            return this;
        }

        /** An inhibit rule; {@code scenario} is added to its matchers and {@code equal}. */
        Builder inhibitRule(String yaml) {
            inhibitRules.add(parse(yaml));
            return this;
        }

        /** A named time interval ({@code name:} local, {@code time_intervals:} as Alertmanager's). */
        Builder timeInterval(String yaml) {
            timeIntervals.add(parse(yaml));
            return this;
        }

        Builder post(double at, ScenarioStep.Alert... alerts) {
            steps.add(new ScenarioStep.Post(at, Arrays.asList(alerts)));
            return this;
        }

        Builder silence(double at, String key, double seconds, String... matchers) {
            steps.add(new ScenarioStep.Silence(at, key, seconds, List.of(matchers)));
            return this;
        }

        Builder expire(double at, String key) {
            steps.add(new ScenarioStep.Expire(at, key));
            return this;
        }

        Builder runFor(double seconds) {
            this.runFor = seconds;
            return this;
        }

        Builder expectNotifications(int count) {
            this.expectedNotifications = count;
            return this;
        }

        Scenario build() {
            return new Scenario(this);
        }

        private static JsonNode parse(String yaml) {
            try {
                return YAML.readTree(yaml);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

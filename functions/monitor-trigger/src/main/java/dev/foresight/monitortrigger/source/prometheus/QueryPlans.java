package dev.foresight.monitortrigger.source.prometheus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which PromQL each service gets: its preset's queries, overridden metric by metric by its own,
 * with {@code {{service}}}, {{job}}, {{instance}}, {{step}}, {{step_seconds}} and {{rate_window}} filled in. Built
 * once from configuration; every mistake is collected and reported at once, each naming the
 * configuration key and quoting the value.
 */
public final class QueryPlans {
    private final Map<String, ServicePlan> listed;
    private final Optional<Map<Metric, QueryTemplate>> everyOther;
    private final Map<String, String> globals;

    private QueryPlans(Map<String, ServicePlan> listed, Optional<Map<Metric, QueryTemplate>> everyOther,
            Map<String, String> globals) {
        this.listed = listed;
        this.everyOther = everyOther;
        this.globals = globals;
    }

    /**
     * @param prefix       the configuration prefix quoted in messages, e.g. {@code foresight.monitor-trigger.prometheus.}
     * @param allServices  whether registered services that are not listed get {@code defaultPreset}
     */
    public static QueryPlans build(String prefix, Map<String, ServiceSpec> services, String defaultPreset,
            boolean allServices, Duration step, Duration rateWindow) {
        List<String> problems = new ArrayList<>();
        Map<String, String> globals = Map.of("step", PromDuration.of(step),
                "step_seconds", java.math.BigDecimal.valueOf(step.toMillis(), 3).stripTrailingZeros().toPlainString(),
                "rate_window", PromDuration.of(rateWindow));
        Optional<Presets> fallback = preset(prefix + "default-preset", defaultPreset, problems);
        Map<String, ServicePlan> listed = new TreeMap<>();
        new TreeMap<>(services).forEach((name, spec) -> {
            String key = prefix + "services.\"" + name + "\".";
            Presets preset = spec.preset().isPresent()
                    ? preset(key + "preset", spec.preset().get(), problems).orElse(Presets.NONE)
                    : fallback.orElse(Presets.NONE);
            Map<Metric, QueryTemplate> templates = templates(key, preset, spec.queries(), problems);
            Map<String, String> values = new HashMap<>(globals);
            values.put("service", name);
            values.put("job", spec.job().orElse(name));
            spec.instance().ifPresent(instance -> values.put("instance", instance));
            Map<Metric, String> rendered = new EnumMap<>(Metric.class);
            templates.forEach((metric, template) -> {
                if (template.variables().contains("instance") && spec.instance().isEmpty()) {
                    problems.add(key + "queries." + metric.key() + " \"" + template + "\" uses {{instance}} but "
                            + key + "instance is not set");
                } else {
                    rendered.put(metric, template.render(values));
                }
            });
            if (templates.isEmpty()) {
                problems.add(key + "queries: service \"" + name + "\" has no query (preset \"" + preset.key()
                        + "\" and no override)");
            }
            listed.put(name, new ServicePlan(name, rendered));
        });
        Optional<Map<Metric, QueryTemplate>> everyOther = Optional.empty();
        if (allServices && fallback.isPresent()) {
            Map<Metric, QueryTemplate> templates = templates(prefix + "default-preset.", fallback.get(), Map.of(), problems);
            templates.forEach((metric, template) -> {
                if (template.variables().contains("instance")) {
                    problems.add(prefix + "default-preset \"" + fallback.get().key() + "\" uses {{instance}} in its "
                            + metric.key() + " query, which " + prefix + "all-services cannot supply: list those services"
                            + " under " + prefix + "services with their instance");
                }
            });
            everyOther = Optional.of(templates);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new QueryPlans(Map.copyOf(listed), everyOther, globals);
    }

    /** The plan for a registered service, or empty when Prometheus is not asked about it. */
    public Optional<ServicePlan> forService(String name) {
        ServicePlan plan = listed.get(name);
        if (plan != null) {
            return Optional.of(plan);
        }
        return everyOther.map(templates -> {
            Map<String, String> values = new HashMap<>(globals);
            values.put("service", name);
            values.put("job", name);
            Map<Metric, String> rendered = new EnumMap<>(Metric.class);
            templates.forEach((metric, template) -> rendered.put(metric, template.render(values)));
            return new ServicePlan(name, rendered);
        });
    }

    /** The services named in the configuration, whether or not they are registered. */
    public java.util.Set<String> listedServices() {
        return listed.keySet();
    }

    private static Optional<Presets> preset(String key, String value, List<String> problems) {
        Optional<Presets> preset = Presets.fromKey(value);
        if (preset.isEmpty()) {
            problems.add(key + " \"" + value + "\" is not one of " + Arrays.stream(Presets.values()).map(Presets::key)
                    .collect(Collectors.joining(", ")));
        }
        return preset;
    }

    private static Map<Metric, QueryTemplate> templates(String key, Presets preset, Map<String, String> overrides,
            List<String> problems) {
        Map<Metric, QueryTemplate> templates = new EnumMap<>(Metric.class);
        preset.queries().forEach((metric, text) -> templates.put(metric, QueryTemplate.parse(text)));
        new TreeMap<>(overrides).forEach((metricKey, text) -> {
            Optional<Metric> metric = Metric.fromKey(metricKey);
            if (metric.isEmpty()) {
                problems.add(key + "queries." + metricKey + ": unknown metric \"" + metricKey + "\" (known: "
                        + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", ")) + ")");
                return;
            }
            if (text == null || text.isBlank() || text.strip().equals("-")) {
                templates.remove(metric.get()); // "-" switches a preset's query off
                return;
            }
            try {
                templates.put(metric.get(), QueryTemplate.parse(text));
            } catch (IllegalArgumentException bad) {
                problems.add(key + "queries." + metricKey + ": " + bad.getMessage());
            }
        });
        return templates;
    }
}

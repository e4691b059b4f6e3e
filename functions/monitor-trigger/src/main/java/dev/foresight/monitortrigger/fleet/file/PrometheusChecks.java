package dev.foresight.monitortrigger.fleet.file;

import dev.foresight.monitortrigger.source.prometheus.Metric;
import dev.foresight.monitortrigger.source.prometheus.Presets;
import dev.foresight.monitortrigger.source.prometheus.QueryTemplate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A service's {@code prometheus:} block: a known preset, known metric keys, templates that parse
 * and use only known variables, and an {@code instance} wherever a query needs {@code {{instance}}}.
 */
final class PrometheusChecks {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{(.*?)}}");
    private static final String KNOWN_METRICS = Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", "));
    private static final String KNOWN_PRESETS = Arrays.stream(Presets.values()).map(Presets::key).collect(Collectors.joining(", "));

    private PrometheusChecks() {}

    static void check(String at, DeclaredPrometheus p, List<FleetError> errors) {
        Optional<Presets> preset = Optional.empty();
        if (p.preset() != null) {
            preset = Presets.fromKey(p.preset());
            if (preset.isEmpty()) {
                errors.add(new FleetError(at + ".preset", FleetFileValidator.quote(p.preset()) + " is not one of " + KNOWN_PRESETS));
            }
        }
        Map<Metric, String> effective = new EnumMap<>(Metric.class);
        preset.ifPresent(known -> effective.putAll(known.queries()));
        p.queries().forEach((key, text) -> {
            String where = at + ".queries." + key;
            Optional<Metric> metric = Metric.fromKey(key);
            if (metric.isEmpty()) {
                errors.add(new FleetError(where, "is not a metric (known: " + KNOWN_METRICS + ")"));
                return;
            }
            if (text == null || text.isBlank() || text.strip().equals("-")) {
                effective.remove(metric.get());
                return;
            }
            if (template(where, text, errors)) {
                effective.put(metric.get(), text);
            }
        });
        if (p.instance() == null) {
            List<String> fromPreset = new java.util.ArrayList<>();
            List<String> fromQueries = new java.util.ArrayList<>();
            effective.forEach((metric, text) -> {
                if (QueryTemplate.parse(text).variables().contains("instance")) {
                    (p.queries().containsKey(metric.key()) ? fromQueries : fromPreset).add(metric.key());
                }
            });
            List<String> users = new java.util.ArrayList<>();
            if (!fromPreset.isEmpty()) {
                users.add("preset " + FleetFileValidator.quote(p.preset()) + " uses \"{{instance}}\" in its " + String.join(", ", fromPreset)
                        + (fromPreset.size() == 1 ? " query" : " queries"));
            }
            fromQueries.forEach(key -> users.add("queries." + key + " uses \"{{instance}}\""));
            if (!users.isEmpty()) {
                errors.add(new FleetError(at + ".instance", "is required: " + String.join("; ", users)));
            }
        }
        if (preset.filter(Presets.NONE::equals).isPresent() && effective.isEmpty()) {
            errors.add(new FleetError(at + ".queries", "is required with preset \"none\": the service would have no query"));
        }
    }

    /** Whether {@code text} is a usable template; reports every unknown variable, or the syntax error. */
    private static boolean template(String where, String text, List<FleetError> errors) {
        Matcher m = VARIABLE.matcher(text);
        boolean ok = true;
        while (m.find()) {
            String name = m.group(1).strip();
            if (!QueryTemplate.VARIABLES.contains(name)) {
                errors.add(new FleetError(where, "uses \"{{" + name + "}}\": unknown template variable; known: "
                        + String.join(", ", QueryTemplate.VARIABLES)));
                ok = false;
            }
        }
        if (ok) {
            try {
                QueryTemplate.parse(text);
            } catch (IllegalArgumentException bad) {
                errors.add(new FleetError(where, bad.getMessage()));
                return false;
            }
        }
        return ok;
    }
}

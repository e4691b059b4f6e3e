package dev.foresight.bench.nab;

import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate detector settings for cross-validation: the defaults with some components replaced,
 * every combination of the values given. {@code "likelihoodShort=25,30,35 detectionSurprise=3,3.5"}
 * names {@link OnlineDetectorConfig} components by their record names, so any constant can be
 * put to the folds without code changes.
 */
public final class DetectorGrid {
    private DetectorGrid() {
    }

    /** One candidate: what was overridden (empty for the defaults) and the resulting settings. */
    public record Candidate(String label, OnlineDetectorConfig config) {
    }

    /**
     * The defaults first, then each value of each axis alone ({@code "a=1,2 b=3"}: a=1, a=2, b=3),
     * the one-at-a-time neighbourhood; ties on a training fold go to the earlier candidate, so to
     * the defaults.
     */
    public static List<Candidate> neighbours(String axesText, OnlineDetectorConfig base) {
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate("defaults", base));
        for (Map.Entry<String, String[]> axis : axes(axesText).entrySet()) {
            for (String v : axis.getValue()) {
                out.add(new Candidate(axis.getKey() + "=" + v.strip(), with(base, Map.of(axis.getKey(), v.strip()))));
            }
        }
        return out;
    }

    /** Every combination of the axes' values ({@code "a=1,2 b=3"}: a=1 b=3, a=2 b=3); none: the defaults. */
    public static List<Candidate> parse(String grid, OnlineDetectorConfig base) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, String[]> axis : axes(grid).entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : axis.getValue()) {
                    Map<String, String> more = new LinkedHashMap<>(c);
                    more.put(axis.getKey(), v.strip());
                    next.add(more);
                }
            }
            combos = next;
        }
        List<Candidate> out = new ArrayList<>();
        for (Map<String, String> c : combos) {
            String label = c.isEmpty() ? "defaults" : c.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElseThrow();
            out.add(new Candidate(label, with(base, c)));
        }
        return out;
    }

    private static Map<String, String[]> axes(String text) {
        Map<String, String[]> axes = new LinkedHashMap<>();
        for (String axis : text.strip().split("[\\s;]+")) {
            if (axis.isEmpty()) {
                continue;
            }
            int eq = axis.indexOf('=');
            if (eq <= 0 || eq == axis.length() - 1) {
                throw new IllegalArgumentException("grid axis must be name=v1,v2,..., got \"" + axis + "\"");
            }
            component(axis.substring(0, eq));
            axes.put(axis.substring(0, eq), axis.substring(eq + 1).split(","));
        }
        return axes;
    }

    /** {@code base} with the named components replaced by the given values. */
    public static OnlineDetectorConfig with(OnlineDetectorConfig base, Map<String, String> values) {
        RecordComponent[] components = OnlineDetectorConfig.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                String v = values.get(rc.getName());
                args[i] = v == null ? rc.getAccessor().invoke(base) : convert(rc, v);
            }
            Constructor<OnlineDetectorConfig> ctor = OnlineDetectorConfig.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(RecordComponent rc, String v) {
        try {
            if (rc.getType() == int.class) {
                return Integer.parseInt(v);
            }
            if (rc.getType() == double.class) {
                return Double.parseDouble(v);
            }
            if (rc.getType() == boolean.class && (v.equals("true") || v.equals("false"))) {
                return Boolean.parseBoolean(v);
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("\"" + v + "\" is not a valid " + rc.getType() + " for " + rc.getName());
    }

    private static RecordComponent component(String name) {
        return Arrays.stream(OnlineDetectorConfig.class.getRecordComponents())
                .filter(rc -> rc.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown detector setting \"" + name + "\"; known: "
                        + Arrays.stream(OnlineDetectorConfig.class.getRecordComponents())
                                .map(RecordComponent::getName).toList()));
    }
}

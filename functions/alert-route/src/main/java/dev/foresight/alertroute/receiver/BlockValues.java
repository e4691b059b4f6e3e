package dev.foresight.alertroute.receiver;

import dev.foresight.alertroute.am.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a receiver block as the configuration parser keeps it (YAML scalars, maps). */
public final class BlockValues {
    private BlockValues() {}

    /** A non-empty scalar, as text. */
    public static Optional<String> text(Map<String, Object> block, String key) {
        Object value = block.get(key);
        if (value == null || value instanceof Map || value instanceof java.util.List) {
            return Optional.empty();
        }
        String text = value.toString();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public static String text(Map<String, Object> block, String key, String fallback) {
        return text(block, key).orElse(fallback);
    }

    public static boolean bool(Map<String, Object> block, String key, boolean fallback) {
        Object value = block.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ConfigException("cannot unmarshal " + quoted(value) + " into bool at " + key);
    }

    /** A mapping of scalars, e.g. {@code headers} or {@code details}. */
    public static Map<String, String> strings(Map<String, Object> block, String key) {
        Object value = block.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new ConfigException("cannot unmarshal " + quoted(value) + " into a mapping at " + key);
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v.toString()));
        return out;
    }

    /** A nested mapping, e.g. {@code tls_config}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> block(Map<String, Object> block, String key) {
        Object value = block.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new ConfigException("cannot unmarshal " + quoted(value) + " into a mapping at " + key);
        }
        return (Map<String, Object>) value;
    }

    private static String quoted(Object value) {
        return "`" + value + "`";
    }
}

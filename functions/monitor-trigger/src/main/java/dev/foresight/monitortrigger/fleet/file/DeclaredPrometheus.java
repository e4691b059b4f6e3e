package dev.foresight.monitortrigger.fleet.file;

import java.util.Map;

/**
 * {@code services[i].prometheus}: the preset, the {@code {{job}}} and {@code {{instance}}} values
 * and query overrides by metric key, as under {@code foresight.monitor-trigger.prometheus.services}.
 * Null {@code preset} means the configured default preset.
 */
public record DeclaredPrometheus(String preset, String job, String instance, Map<String, String> queries) {
    public DeclaredPrometheus {
        queries = queries == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(queries));
    }
}

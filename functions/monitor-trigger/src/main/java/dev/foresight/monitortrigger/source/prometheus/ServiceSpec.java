package dev.foresight.monitortrigger.source.prometheus;

import java.util.Map;
import java.util.Optional;

/** One service's Prometheus settings as configured: a preset, its selectors and query overrides by metric key. */
public record ServiceSpec(Optional<String> preset, Optional<String> job, Optional<String> instance, Map<String, String> queries) {
    public ServiceSpec {
        queries = Map.copyOf(queries);
    }
}

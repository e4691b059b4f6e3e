package dev.foresight.monitortrigger.source.prometheus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The queries to run for one service, rendered and ready to send, by metric. */
public record ServicePlan(String service, Map<Metric, String> queries) {
    public ServicePlan {
        EnumMap<Metric, String> ordered = new EnumMap<>(Metric.class);
        ordered.putAll(queries);
        queries = Collections.unmodifiableMap(ordered); // metric order, so that reports read the same every time
    }
}

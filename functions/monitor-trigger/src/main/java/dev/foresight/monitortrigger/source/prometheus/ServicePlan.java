package dev.foresight.monitortrigger.source.prometheus;

import java.util.Map;

/** The queries to run for one service, rendered and ready to send, by metric. */
public record ServicePlan(String service, Map<Metric, String> queries) {
    public ServicePlan {
        queries = Map.copyOf(queries);
    }
}

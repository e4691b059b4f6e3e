package dev.foresight.monitortrigger.source.prometheus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Default queries for the exporters most services already have. A service's own queries
 * override these one metric at a time.
 */
public enum Presets {
    /**
     * Micrometer's Prometheus registry as Quarkus and Spring expose it on {@code /q/metrics} or
     * {@code /actuator/prometheus}, selected by the scrape job. Memory is heap used over the heap
     * pools that declare a maximum (G1's eden and survivor say -1).
     */
    MICROMETER(Map.of(
            Metric.HEALTH, "min(up{job=\"{{job}}\"})",
            Metric.LATENCY_MS, "1000 * sum(rate(http_server_requests_seconds_sum{job=\"{{job}}\"}[{{rate_window}}]))"
                    + " / sum(rate(http_server_requests_seconds_count{job=\"{{job}}\"}[{{rate_window}}]))",
            Metric.ERROR_RATE, "(sum(rate(http_server_requests_seconds_count{job=\"{{job}}\",status=~\"5..\"}[{{rate_window}}]))"
                    + " or vector(0)) / sum(rate(http_server_requests_seconds_count{job=\"{{job}}\"}[{{rate_window}}]))",
            Metric.CPU, "avg(process_cpu_usage{job=\"{{job}}\"})",
            Metric.MEMORY, "sum(jvm_memory_used_bytes{job=\"{{job}}\",area=\"heap\"})"
                    + " / sum(jvm_memory_max_bytes{job=\"{{job}}\",area=\"heap\"} > 0)",
            // the rate over the rate window times the step: increase() over one step would need two scrapes in it
            Metric.REQUESTS, "sum(rate(http_server_requests_seconds_count{job=\"{{job}}\"}[{{rate_window}}])) * {{step_seconds}}")),
    /** The Prometheus node exporter, selected by the target's instance ({@code host:port}). */
    NODE(Map.of(
            Metric.HEALTH, "min(up{instance=\"{{instance}}\"})",
            Metric.CPU, "1 - avg(rate(node_cpu_seconds_total{instance=\"{{instance}}\",mode=\"idle\"}[{{rate_window}}]))",
            Metric.MEMORY, "1 - sum(node_memory_MemAvailable_bytes{instance=\"{{instance}}\"})"
                    + " / sum(node_memory_MemTotal_bytes{instance=\"{{instance}}\"})")),
    /** No defaults: every query comes from the service's configuration. */
    NONE(Map.of());

    private final Map<Metric, String> queries;

    Presets(Map<Metric, String> queries) {
        this.queries = queries;
    }

    public Map<Metric, String> queries() {
        return queries;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Presets> fromKey(String key) {
        for (Presets p : values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryPlansTest {
    private static final String P = "foresight.monitor-trigger.prometheus.";

    private static QueryPlans build(Map<String, ServiceSpec> services, String preset, boolean all) {
        return QueryPlans.build(P, services, preset, all, Duration.ofSeconds(15), Duration.ofMinutes(1));
    }

    private static ServiceSpec spec(String preset, String job, String instance, Map<String, String> queries) {
        return new ServiceSpec(Optional.ofNullable(preset), Optional.ofNullable(job), Optional.ofNullable(instance), queries);
    }

    @Test
    void aPresetIsRenderedWithTheServicesSelectorsAndOverridden() {
        QueryPlans plans = build(Map.of(
                "checkout", spec(null, "checkout-jvm", null, Map.of("cpu", "max(process_cpu_usage{job=\"{{job}}\"})", "requests", "-")),
                "host-a", spec("node", null, "10.0.0.5:9100", Map.of())), "micrometer", false);
        ServicePlan checkout = plans.forService("checkout").orElseThrow();
        assertEquals("max(process_cpu_usage{job=\"checkout-jvm\"})", checkout.queries().get(Metric.CPU));
        assertEquals("1000 * sum(rate(http_server_requests_seconds_sum{job=\"checkout-jvm\"}[60s]))"
                + " / sum(rate(http_server_requests_seconds_count{job=\"checkout-jvm\"}[60s]))", checkout.queries().get(Metric.LATENCY_MS));
        assertTrue(!checkout.queries().containsKey(Metric.REQUESTS), "\"-\" switches the preset's query off");
        ServicePlan host = plans.forService("host-a").orElseThrow();
        assertEquals("1 - avg(rate(node_cpu_seconds_total{instance=\"10.0.0.5:9100\",mode=\"idle\"}[60s]))",
                host.queries().get(Metric.CPU));
        assertEquals(Optional.empty(), plans.forService("not-listed"));
    }

    @Test
    void allServicesUsesTheDefaultPresetWithTheNameAsJob() {
        QueryPlans plans = build(Map.of(), "micrometer", true);
        assertEquals("sum(rate(http_server_requests_seconds_count{job=\"billing\"}[60s])) * 15",
                plans.forService("billing").orElseThrow().queries().get(Metric.REQUESTS));
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build(Map.of(
                "a", spec("nodes", null, null, Map.of("latency", "x")),
                "b", spec("node", null, null, Map.of()),
                "c", spec(null, null, null, Map.of("cpu", "up{job=\"{{svc}}\"}"))), "micrometer", false));
        assertEquals(P + "services.\"a\".preset \"nodes\" is not one of micrometer, node, none; "
                + P + "services.\"a\".queries.latency: unknown metric \"latency\" (known: health, latency-ms, error-rate, cpu,"
                + " memory, requests); "
                + P + "services.\"a\".queries: service \"a\" has no query (preset \"none\" and no override); "
                + P + "services.\"b\".queries.health \"min(up{instance=\"{{instance}}\"})\" uses {{instance}} but "
                + P + "services.\"b\".instance is not set; "
                + P + "services.\"b\".queries.cpu \"1 - avg(rate(node_cpu_seconds_total{instance=\"{{instance}}\",mode=\"idle\"}[{{rate_window}}]))\""
                + " uses {{instance}} but " + P + "services.\"b\".instance is not set; "
                + P + "services.\"b\".queries.memory \"1 - sum(node_memory_MemAvailable_bytes{instance=\"{{instance}}\"})"
                + " / sum(node_memory_MemTotal_bytes{instance=\"{{instance}}\"})\" uses {{instance}} but "
                + P + "services.\"b\".instance is not set; "
                + P + "services.\"c\".queries.cpu: unknown variable \"{{svc}}\" in \"up{job=\"{{svc}}\"}\""
                + " (known: instance, job, rate_window, service, step, step_seconds)", e.getMessage());
    }

    @Test
    void theNodePresetCannotServeEveryService() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build(Map.of(), "node", true));
        assertTrue(e.getMessage().startsWith(P + "default-preset \"node\" uses {{instance}} in its health query"), e.getMessage());
    }
}

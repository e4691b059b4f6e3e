package dev.foresight.monitortrigger.source.prometheus;

import dev.foresight.monitortrigger.config.ConfigRules;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.shared.egress.EgressPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Prometheus source's configuration, checked: the URL, one kind of authentication, sane
 * step and limits, and every query template. All problems are reported at once at start-up.
 */
public record PrometheusSettings(String baseUrl, Optional<String> authorization, MonitorTriggerConfig.Prometheus config,
        QueryPlans plans) {

    public static final String PREFIX = "foresight.monitor-trigger.prometheus.";

    /**
     * Empty when no URL is configured (the source is off); throws with every problem otherwise. The
     * URL must pass the egress policy as written (its name is judged again at every request).
     */
    public static Optional<PrometheusSettings> from(MonitorTriggerConfig.Prometheus config, EgressPolicy egress) {
        if (config.url().isEmpty() || config.url().get().isBlank()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        String url = config.url().get().strip();
        Optional<String> badUrl = ConfigRules.httpUrl(PREFIX + "url", url);
        badUrl.ifPresent(problems::add);
        if (badUrl.isEmpty()) {
            egressProblem(url, egress).ifPresent(problems::add);
        }
        boolean basic = config.username().isPresent() || config.password().isPresent();
        if (basic && (config.username().isEmpty() || config.password().isEmpty())) {
            problems.add(PREFIX + "username and " + PREFIX + "password go together: set both or neither");
        }
        if (basic && config.bearerToken().isPresent()) {
            problems.add(PREFIX + "bearer-token and " + PREFIX + "username/password are exclusive: choose one");
        }
        ConfigRules.positive(PREFIX + "timeout", config.timeout()).ifPresent(problems::add);
        ConfigRules.positive(PREFIX + "step", config.step()).ifPresent(problems::add);
        ConfigRules.positive(PREFIX + "window", config.window()).ifPresent(problems::add);
        if (config.ingestDelay() == null || config.ingestDelay().isNegative()) {
            problems.add(PREFIX + "ingest-delay \"" + config.ingestDelay() + "\" must not be negative");
        }
        ConfigRules.positive(PREFIX + "rate-window", config.rateWindow()).ifPresent(problems::add);
        ConfigRules.atLeast(PREFIX + "max-points-per-query", config.maxPointsPerQuery(), 1).ifPresent(problems::add);
        if (config.maxPointsPerQuery() > RangeSplitter.PROMETHEUS_MAX_POINTS) {
            problems.add(PREFIX + "max-points-per-query \"" + config.maxPointsPerQuery() + "\" must be at most "
                    + RangeSplitter.PROMETHEUS_MAX_POINTS + " (Prometheus refuses more points per series)");
        }
        ConfigRules.atLeast(PREFIX + "max-response-bytes", config.maxResponseBytes(), 1024).ifPresent(problems::add);
        ConfigRules.atLeast(PREFIX + "concurrency", config.concurrency(), 1).ifPresent(problems::add);
        QueryPlans plans = null;
        if (problems.isEmpty()) {
            Map<String, ServiceSpec> specs = new TreeMap<>();
            config.services().forEach((name, s) -> specs.put(name, new ServiceSpec(s.preset(), s.job(), s.instance(), s.queries())));
            try {
                plans = QueryPlans.build(PREFIX, specs, config.defaultPreset(), config.allServices(), config.step(),
                        config.rateWindow());
            } catch (IllegalArgumentException bad) {
                problems.add(bad.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid configuration: " + String.join("; ", problems));
        }
        return Optional.of(new PrometheusSettings(url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                authorization(config), config, plans));
    }

    /** The egress policy's refusal of the configured URL, worded for a start-up message. */
    static Optional<String> egressProblem(String url, EgressPolicy egress) {
        return egress.checkUrl(url).map(rule -> PREFIX + "url \"" + url + "\" is refused by the egress policy: " + rule
                + " (" + EgressPolicy.ALLOW_PROPERTY + " can allow it)");
    }

    private static Optional<String> authorization(MonitorTriggerConfig.Prometheus config) {
        if (config.bearerToken().isPresent()) {
            return Optional.of("Bearer " + config.bearerToken().get());
        }
        if (config.username().isPresent()) {
            String pair = config.username().get() + ":" + config.password().orElse("");
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "PrometheusSettings[" + baseUrl + (authorization.isPresent() ? ", authenticated" : "") + "]";
    }
}

package dev.foresight.monitortrigger.config;

import dev.foresight.monitortrigger.source.prometheus.PrometheusSettings;
import dev.foresight.shared.egress.EgressGuard;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Refuses to start with a configuration that would make every cycle fail in a confusing way. */
@ApplicationScoped
public class ConfigValidator {
    private static final Logger LOG = Logger.getLogger(ConfigValidator.class);
    private static final String P = "foresight.monitor-trigger.";

    void onStart(@Observes StartupEvent event, MonitorTriggerConfig config, EgressGuard egress) {
        String problems = Stream.of(
                        ConfigRules.httpUrl(P + "predict-url", config.predictUrl()),
                        ConfigRules.httpUrl(P + "alert-route-url", config.alertRouteUrl()),
                        ConfigRules.httpUrl(P + "token-url", config.tokenUrl()),
                        ConfigRules.positive(P + "token-renew-before", config.tokenRenewBefore()),
                        ConfigRules.positive(P + "cycle-timeout", config.cycleTimeout()),
                        ConfigRules.longer(P + "lock-ttl", config.lockTtl(), P + "cycle-timeout", config.cycleTimeout()),
                        ConfigRules.positive(P + "probe-timeout", config.probeTimeout()),
                        ConfigRules.atLeast(P + "probe-concurrency", config.probeConcurrency(), 1),
                        ConfigRules.positive(P + "history-window", config.historyWindow()),
                        ConfigRules.atLeast(P + "predict-concurrency", config.predictConcurrency(), 1),
                        ConfigRules.atLeast(P + "predict-chunk-size", config.predictChunkSize(), 1),
                        ConfigRules.positive(P + "predict-line-timeout", config.predictLineTimeout()),
                        ConfigRules.positive(P + "at-risk-ttl", config.atRiskTtl()),
                        ConfigRules.positive(P + "trigger-dedup-ttl", config.triggerDedupTtl()))
                .flatMap(Optional::stream)
                .collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid configuration: " + problems);
        }
        // the Prometheus source checks its own block (URL, authentication, every query template)
        PrometheusSettings.from(config.prometheus(), egress.policy())
                .ifPresent(prometheus -> LOG.infof("Prometheus source on: %s", prometheus));
        if (config.clientSecret().isEmpty()) {
            // Fleet registration still works; only cycles need a token.
            LOG.warnf("%sclient-secret is not set (FORESIGHT_MONITOR_CLIENT_SECRET): cycles cannot call predict or alert-route", P);
        }
    }
}

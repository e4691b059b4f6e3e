package dev.foresight.alertroute.memory;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.GroupAlert;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The resolved incidents most like a group's firing alerts, asked of embed when the group is
 * flushed. Never fails and never waits past its budget (the configured one, capped by the
 * route's {@code group_wait}, see {@link #limit}): when embed is slow, down, or its breaker is open, the notification
 * goes without them and {@code foresight_similar_incidents_total{outcome="fallback"}} counts why.
 */
@ApplicationScoped
public class SimilarIncidents {
    private static final Logger LOG = Logger.getLogger(SimilarIncidents.class);
    static final List<String> FALLBACK_REASONS = List.of("timeout", "circuit_open", "unavailable", "refused");

    private final EmbedGateway gateway;
    private final boolean enabled;
    private final int k;
    private final Duration budget;
    private final Counter attached;
    private final Counter none;
    private final Map<String, Counter> fallbacks;

    public SimilarIncidents(EmbedGateway gateway, AlertRouteConfig config, MeterRegistry registry) {
        this.gateway = gateway;
        this.enabled = config.memory().clientSecret().filter(secret -> !secret.isBlank()).isPresent();
        this.k = config.memory().similar().k();
        this.budget = config.memory().similar().budget();
        // created up front, so a dashboard sees zeros rather than no series
        this.attached = outcome(registry, "attached", "none");
        this.none = outcome(registry, "none", "none");
        this.fallbacks = FALLBACK_REASONS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                reason -> reason, reason -> outcome(registry, "fallback", reason)));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Empty when memory is off, nothing fires, or embed did not answer in time. */
    public Uni<List<SimilarIncident>> lookup(List<GroupAlert> firing, Duration groupWait) {
        if (!enabled || firing.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Duration limit = limit(budget, groupWait);
        String query = MemoryDraft.query(firing.stream()
                .map(alert -> Map.entry(alert.labels(), alert.annotations())).toList());
        return gateway.search(query, k, MemoryDraft.INCIDENT, limit)
                .map(hits -> hits.stream().map(SimilarIncident::of).toList())
                .invoke(found -> (found.isEmpty() ? none : attached).increment())
                .onFailure().recoverWithItem(failure -> {
                    String reason = reason(failure);
                    fallbacks.get(reason).increment();
                    LOG.debugf("similar incidents left out (%s): %s", reason, failure.toString());
                    return List.of();
                });
    }

    /**
     * The budget, capped by a positive {@code group_wait} so an alert is never held past it. A route
     * with {@code group_wait: 0s} (the configuration written from the webhook settings) asks to be
     * told at once, and the budget alone bounds what the lookup adds.
     */
    static Duration limit(Duration budget, Duration groupWait) {
        return groupWait.isZero() || groupWait.isNegative() || groupWait.compareTo(budget) >= 0 ? budget : groupWait;
    }

    static String reason(Throwable failure) {
        if (failure instanceof TimeoutException || failure instanceof java.util.concurrent.TimeoutException) {
            return "timeout";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit_open";
        }
        if (failure instanceof EmbedRefusal) {
            return "refused";
        }
        return "unavailable";
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String reason) {
        return Counter.builder("foresight.similar.incidents").description("Similar-incident lookups at notification time")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }
}

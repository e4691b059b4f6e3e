package dev.foresight.predict.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/** Refuses to start with a configuration that would make predictions meaningless. */
@ApplicationScoped
public class PredictConfigCheck {
    private static final String P = "foresight.predict.";

    void onStart(@Observes StartupEvent event, PredictConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid configuration: " + String.join("; ", problems));
        }
    }

    /** Each problem names the property and quotes the offending value. */
    public static List<String> problems(PredictConfig c) {
        List<String> problems = new ArrayList<>();
        if (c.minPoints() < 3) {
            problems.add(quote("min-points", c.minPoints(), "must be at least 3"));
        }
        if (c.maxPoints() < c.minPoints()) {
            problems.add(quote("max-points", c.maxPoints(), "must be at least min-points (" + c.minPoints() + ")"));
        }
        if (c.aggregateSeconds() < 1) {
            problems.add(quote("aggregate-seconds", c.aggregateSeconds(), "must be at least 1"));
        }
        if (c.aggregateDays() < 0) {
            problems.add(quote("aggregate-days", c.aggregateDays(), "must not be negative (0 turns the long history off)"));
        }
        if (c.historyPoints() < c.minPoints()) {
            problems.add(quote("history-points", c.historyPoints(),
                    "must be at least min-points (" + c.minPoints() + ")"));
        }
        if (c.maxHorizonSeconds() <= 0) {
            problems.add(quote("max-horizon-seconds", c.maxHorizonSeconds(), "must be > 0"));
        }
        if (c.defaultHorizonSeconds() <= 0 || c.defaultHorizonSeconds() > c.maxHorizonSeconds()) {
            problems.add(quote("default-horizon-seconds", c.defaultHorizonSeconds(),
                    "must be within (0, max-horizon-seconds = " + c.maxHorizonSeconds() + "]"));
        }
        if (c.maxForecastSteps() < 1) {
            problems.add(quote("max-forecast-steps", c.maxForecastSteps(), "must be at least 1"));
        }
        if (!(c.anomaly().threshold() > 0 && c.anomaly().threshold() <= 1)) {
            problems.add(quote("anomaly.threshold", c.anomaly().threshold(), "must be within (0, 1]"));
        }
        if (c.anomaly().recentPoints() < 1 || c.anomaly().recentPoints() >= c.minPoints()) {
            problems.add(quote("anomaly.recent-points", c.anomaly().recentPoints(),
                    "must be within [1, min-points = " + c.minPoints() + ")"));
        }
        if (!(c.failure().warnAt() >= 0.5 && c.failure().warnAt() <= 1)) {
            problems.add(quote("failure.warn-at", c.failure().warnAt(), "must be within [0.5, 1]"));
        }
        if (!(c.cascade().minConfidence() > 0 && c.cascade().minConfidence() <= 1)) {
            problems.add(quote("cascade.min-confidence", c.cascade().minConfidence(), "must be within (0, 1]"));
        }
        if (c.cache().ttl().isNegative() || c.cache().ttl().isZero()) {
            problems.add(quote("cache.ttl", c.cache().ttl(), "must be positive"));
        }
        if (c.listing().maxLimit() < 1) {
            problems.add(quote("listing.max-limit", c.listing().maxLimit(), "must be at least 1"));
        }
        if (c.listing().defaultLimit() < 1 || c.listing().defaultLimit() > c.listing().maxLimit()) {
            problems.add(quote("listing.default-limit", c.listing().defaultLimit(),
                    "must be within [1, listing.max-limit = " + c.listing().maxLimit() + "]"));
        }
        if (c.batch().maxRequests() < 1) {
            problems.add(quote("batch.max-requests", c.batch().maxRequests(), "must be at least 1"));
        }
        return problems;
    }

    private static String quote(String property, Object value, String rule) {
        return P + property + " = \"" + value + "\" " + rule;
    }
}

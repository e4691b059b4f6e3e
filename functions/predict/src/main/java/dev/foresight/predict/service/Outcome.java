package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricAnalysis;
import dev.foresight.predict.cascade.CascadeImpact;
import dev.foresight.predict.failure.FailurePrediction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one prediction concluded, before it is stored: per-metric analyses, the anomalies
 * worth reporting, and the services a failure spreads to (all from {@code cascadeSource}).
 */
public record Outcome(Optional<String> service, Instant generatedAt, Optional<Instant> forecastOrigin,
                      List<MetricAnalysis> analyses, List<MetricAnalysis> anomalies,
                      Optional<FailurePrediction> cascadeSource, List<CascadeImpact> cascades) {

    public List<FailurePrediction> failures() {
        return analyses.stream().flatMap(a -> a.failure().stream()).toList();
    }
}

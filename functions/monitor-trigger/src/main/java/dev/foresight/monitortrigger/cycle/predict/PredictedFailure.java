package dev.foresight.monitortrigger.cycle.predict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A metric of a service forecast to cross its limit. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PredictedFailure(
        String service,
        String metric,
        Double limit,
        Double timeToFailureSeconds,
        Double confidence,
        String reasoning,
        Long predictionId,
        Long decisionId) {}

package dev.foresight.monitortrigger.cycle.predict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** A dependant ({@code service}) predicted to fail because {@code sourceService} does. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PredictedCascade(
        String service,
        String sourceService,
        List<String> path,
        Double confidence,
        Double timeToFailureSeconds,
        String reasoning,
        Long predictionId) {}

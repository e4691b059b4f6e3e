package dev.foresight.monitortrigger.cycle.predict;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The part of predict's answer the cycle acts on; forecasts and anomalies stay in predict. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record PredictResponse(
        String service,
        String generatedAt,
        List<PredictedFailure> failures,
        List<PredictedCascade> cascades) {

    public PredictResponse {
        failures = failures == null ? List.of() : List.copyOf(failures);
        cascades = cascades == null ? List.of() : List.copyOf(cascades);
    }
}

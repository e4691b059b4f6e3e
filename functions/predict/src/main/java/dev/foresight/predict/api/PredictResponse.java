package dev.foresight.predict.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of POST /predict; ids are null when nothing was stored (an unnamed inline series). */
@RegisterForReflection
@Schema(name = "PredictResponse")
public record PredictResponse(String service, Instant generatedAt, List<ForecastView> forecasts,
                              List<AnomalyView> anomalies, List<FailureView> failures, List<CascadeView> cascades) {

    @RegisterForReflection
    public record ForecastView(String metric, double stepSeconds, List<PointView> points) {}

    @RegisterForReflection
    public record PointView(int step, double mean, double lo80, double hi80, double lo95, double hi95) {}

    @RegisterForReflection
    public record AnomalyView(String metric, double score, String reason) {}

    @RegisterForReflection
    public record FailureView(String service, String metric, double limit, double timeToFailureSeconds,
                              double confidence, String reasoning, Long predictionId, Long decisionId) {}

    @RegisterForReflection
    public record CascadeView(String service, String sourceService, List<String> path, double confidence,
                              double timeToFailureSeconds, String reasoning, Long predictionId) {}
}

package dev.foresight.predict.service;

import dev.foresight.predict.api.PredictResponse;
import dev.foresight.predict.api.PredictResponse.FailureView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The summary published on {@code Channels.PREDICTIONS} after each stored prediction. */
@RegisterForReflection
public record PredictionEvent(String service, Instant generatedAt, int failures, int cascades, int anomalies,
                              Double maxConfidence, Double earliestFailureSeconds) {
    public static PredictionEvent of(PredictResponse r) {
        return new PredictionEvent(r.service(), r.generatedAt(), r.failures().size(), r.cascades().size(),
                r.anomalies().size(),
                r.failures().stream().mapToDouble(FailureView::confidence).boxed().max(Double::compare).orElse(null),
                r.failures().stream().mapToDouble(FailureView::timeToFailureSeconds).boxed().min(Double::compare)
                        .orElse(null));
    }
}

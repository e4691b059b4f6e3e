package dev.foresight.predict.api;

import dev.foresight.shared.prediction.PredictionEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;

/** A stored prediction as GET /predictions lists it. */
@RegisterForReflection
public record PredictionView(long id, String kind, String service, String metric, String sourceService,
                             double confidence, Double timeToFailureSeconds, Double predictedValue, Double limit,
                             String reasoning, Long decisionId, OffsetDateTime createdAt) {
    public static PredictionView of(PredictionEntity e) {
        return new PredictionView(e.id, e.kind, e.service, e.metric, e.sourceService, e.confidence,
                e.timeToFailureSeconds, e.predictedValue, e.limitValue, e.reasoning, e.decisionId, e.createdAt);
    }
}

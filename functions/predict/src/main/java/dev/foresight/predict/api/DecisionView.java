package dev.foresight.predict.api;

import dev.foresight.shared.prediction.DecisionEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.OffsetDateTime;
import java.util.Map;

/** A stored decision as GET /decisions lists it: the conclusion in words and its evidence. */
@RegisterForReflection
public record DecisionView(long id, String type, String service, String reasoning, double confidence,
                           Map<String, Object> context, OffsetDateTime createdAt) {
    public static DecisionView of(DecisionEntity e) {
        return new DecisionView(e.id, e.type, e.service, e.reasoning, e.confidence, e.context, e.createdAt);
    }
}

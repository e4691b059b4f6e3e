package dev.foresight.monitortrigger.cycle.predict;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code POST /predict/batch}: one entry per service, each what {@code POST /predict} takes. */
@RegisterForReflection
public record PredictBatchRequest(List<PredictRequest> requests) {

    public static PredictBatchRequest of(List<String> services) {
        return new PredictBatchRequest(services.stream().map(PredictRequest::new).toList());
    }
}

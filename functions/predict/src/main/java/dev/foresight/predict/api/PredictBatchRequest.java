package dev.foresight.predict.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /predict/batch: each entry is what POST /predict takes. */
@RegisterForReflection
@Schema(name = "PredictBatchRequest")
public record PredictBatchRequest(List<PredictRequest> requests) {}

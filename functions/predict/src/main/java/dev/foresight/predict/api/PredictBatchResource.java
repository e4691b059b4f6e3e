package dev.foresight.predict.api;

import dev.foresight.predict.service.BatchPredictionService;
import dev.foresight.shared.json.RefuseUnknownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;

/**
 * POST /predict/batch: what POST /predict does, for many entries in one call, answered as
 * newline-delimited JSON, one {@link PredictBatchLine} per entry as soon as it is computed.
 * Needs predict:write, as POST /predict does.
 */
@Path("/predict/batch")
public class PredictBatchResource {
    private final BatchPredictionService batches;

    public PredictBatchResource(BatchPredictionService batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @CustomDeserialization(RefuseUnknownFields.class)
    public Multi<PredictBatchLine> predict(PredictBatchRequest body) {
        return batches.predict(body);
    }
}

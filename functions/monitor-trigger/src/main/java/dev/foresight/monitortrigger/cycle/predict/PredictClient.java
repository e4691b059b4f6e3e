package dev.foresight.monitortrigger.cycle.predict;

import dev.foresight.monitortrigger.auth.BearerTokenHeaders;
import dev.foresight.monitortrigger.client.UpstreamStatus;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.common.util.RestMediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** predict's HTTP API. Use it through {@link PredictGateway}, which adds fault tolerance. */
@RegisterRestClient(configKey = "predict")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/predict")
public interface PredictClient {

    /** One line per entry, each as soon as predict has it. */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(RestMediaType.APPLICATION_NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<PredictLine> predict(PredictBatchRequest request);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamStatus.classify("predict", response);
    }
}

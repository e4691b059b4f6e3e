package dev.foresight.predict.api;

import dev.foresight.predict.service.PredictionQueries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** What predict concluded so far, newest first. Any valid token may read. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PredictionsResource {
    private final PredictionQueries queries;

    public PredictionsResource(PredictionQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("predictions")
    public Uni<List<PredictionView>> predictions(@RestQuery String service, @RestQuery String limit) {
        return queries.predictions(service, limit);
    }

    @GET
    @Path("decisions")
    public Uni<List<DecisionView>> decisions(@RestQuery String service, @RestQuery String limit) {
        return queries.decisions(service, limit);
    }
}

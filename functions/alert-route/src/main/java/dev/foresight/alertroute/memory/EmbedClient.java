package dev.foresight.alertroute.memory;

import dev.foresight.alertroute.auth.BearerTokenHeaders;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** embed's memory API. Use it through {@link EmbedGateway}, which adds fault tolerance. */
@RegisterRestClient(configKey = "embed")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/memories")
public interface EmbedClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<MemoryHit> remember(MemoryRecord memory);

    @GET
    @Path("/search")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<List<MemoryHit>> search(@QueryParam("q") String q, @QueryParam("k") int k, @QueryParam("kind") String kind);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return EmbedFailure.of("embed", response);
    }
}

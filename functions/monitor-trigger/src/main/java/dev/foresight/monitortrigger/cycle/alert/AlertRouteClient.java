package dev.foresight.monitortrigger.cycle.alert;

import dev.foresight.monitortrigger.auth.BearerTokenHeaders;
import dev.foresight.monitortrigger.client.UpstreamStatus;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** alert-route's HTTP API. Use it through {@link AlertGateway}, which adds fault tolerance. */
@RegisterRestClient(configKey = "alert-route")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/alerts")
public interface AlertRouteClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<AlertReceipt> send(Alert alert);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamStatus.classify("alert-route", response);
    }
}

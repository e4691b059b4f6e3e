package dev.foresight.tokenrefresh.api;

import dev.foresight.tokenrefresh.client.ClientRegistration;
import dev.foresight.tokenrefresh.client.ClientRegistrationService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /clients} (scope {@code clients:admin}): registers a client and shows its secret once. */
@Path("/clients")
public class ClientResource {
    private final ClientRegistrationService registrations;

    public ClientResource(ClientRegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> register(ClientRegistration registration) {
        return registrations.register(registration).map(client -> Response.status(Response.Status.CREATED)
                .entity(client)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build());
    }
}

package dev.foresight.tokenrefresh.api;

import dev.foresight.shared.json.RefuseUnknownFields;
import dev.foresight.tokenrefresh.client.ClientAdministration;
import dev.foresight.tokenrefresh.client.ClientRegistration;
import dev.foresight.tokenrefresh.client.ClientRegistrationService;
import dev.foresight.tokenrefresh.client.ClientUpdate;
import dev.foresight.tokenrefresh.client.ClientView;
import dev.foresight.tokenrefresh.client.RegisteredClient;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The registered OAuth clients; every operation needs {@code clients:admin}. The secret is shown
 * once, by {@code POST}; reads never show it or its hash.
 */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {
    private final ClientRegistrationService registrations;
    private final ClientAdministration administration;

    public ClientResource(ClientRegistrationService registrations, ClientAdministration administration) {
        this.registrations = registrations;
        this.administration = administration;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "registered; the only answer that shows the secret",
            content = @Content(schema = @Schema(implementation = RegisteredClient.class)))
    public Uni<Response> register(ClientRegistration registration) {
        return registrations.register(registration).map(client -> Response.status(Response.Status.CREATED)
                .entity(client)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build());
    }

    @GET
    public Uni<List<ClientView>> list() {
        return administration.list();
    }

    @GET
    @Path("/{clientId}")
    public Uni<ClientView> get(@RestPath String clientId) {
        return administration.get(clientId);
    }

    @PUT
    @Path("/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(RefuseUnknownFields.class)
    public Uni<ClientView> update(@RestPath String clientId, ClientUpdate update) {
        return administration.update(clientId, update);
    }

    /** Also revokes the client's refresh tokens. */
    @DELETE
    @Path("/{clientId}")
    public Uni<RestResponse<Void>> delete(@RestPath String clientId) {
        return administration.delete(clientId).replaceWith(RestResponse.noContent());
    }
}

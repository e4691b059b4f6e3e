package dev.foresight.tokenrefresh.api;

import dev.foresight.shared.json.RefuseUnknownFields;
import dev.foresight.tokenrefresh.apikey.ApiKeyAdministration;
import dev.foresight.tokenrefresh.apikey.ApiKeyIssue;
import dev.foresight.tokenrefresh.apikey.ApiKeyRotation;
import dev.foresight.tokenrefresh.apikey.ApiKeyView;
import dev.foresight.tokenrefresh.apikey.IssuedApiKey;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * API keys for machine clients that cannot do OAuth; every operation needs {@code clients:admin}.
 * A key is shown only by the answers to issue and rotate.
 */
@Path("/api-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {
    private final ApiKeyAdministration keys;

    public ApiKeyResource(ApiKeyAdministration keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(RefuseUnknownFields.class)
    @APIResponse(responseCode = "201", description = "issued; the only answer besides rotate that shows the key",
            content = @Content(schema = @Schema(implementation = IssuedApiKey.class)))
    public Uni<Response> issue(ApiKeyIssue request) {
        return keys.issue(request).map(issued -> shown(Response.status(Response.Status.CREATED), issued));
    }

    @GET
    public Uni<List<ApiKeyView>> list() {
        return keys.list();
    }

    @GET
    @Path("/{keyId}")
    public Uni<ApiKeyView> get(@RestPath String keyId) {
        return keys.get(keyId);
    }

    /** A new version; the earlier ones keep working for the overlap ({@code {}} for the configured one). */
    @POST
    @Path("/{keyId}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(RefuseUnknownFields.class)
    @APIResponse(responseCode = "200", description = "the new version's key",
            content = @Content(schema = @Schema(implementation = IssuedApiKey.class)))
    public Uni<Response> rotate(@RestPath String keyId, ApiKeyRotation rotation) {
        return keys.rotate(keyId, rotation).map(issued -> shown(Response.ok(), issued));
    }

    /** Revokes every version of the key. */
    @DELETE
    @Path("/{keyId}")
    public Uni<RestResponse<Void>> revoke(@RestPath String keyId) {
        return keys.revoke(keyId).replaceWith(RestResponse.noContent());
    }

    private static Response shown(Response.ResponseBuilder response, IssuedApiKey issued) {
        return response.entity(issued).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}

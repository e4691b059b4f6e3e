package dev.foresight.alertroute.alert;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The alert API. Mutations need the {@code alerts:write} scope (see application.properties). */
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    private final AlertService alerts;
    private final JsonWebToken token;

    public AlertResource(AlertService alerts, JsonWebToken token) {
        this.alerts = alerts;
        this.token = token;
    }

    /** 201 with the new alert's receipt, or 200 when it repeated an alert inside the dedup window. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(AlertRequest request) {
        return alerts.create(request).map(receipt -> Response.status(receipt.deduplicated() ? 200 : 201)
                .location(URI.create("/alerts/" + receipt.id()))
                .entity(receipt)
                .build());
    }

    @GET
    public Uni<List<AlertView>> list(@QueryParam("status") @DefaultValue("active") String status,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return alerts.list(status, limit);
    }

    @GET
    @Path("/{id}")
    public Uni<AlertView> get(@PathParam("id") long id) {
        return alerts.get(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    public Uni<AlertView> acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(id, token.getSubject());
    }

    /**
     * The body is optional ({@code {"note": "how it was resolved"}}), so it is read as text: a
     * resolve without a body or Content-Type, as before notes existed, still resolves.
     */
    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResolveRequest.class)))
    public Uni<AlertView> resolve(@PathParam("id") long id, String body) {
        return alerts.resolve(id, body);
    }
}

package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.json.RefuseUnknownFields;
import dev.foresight.shared.problem.Problem;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The monitored services. Writing needs {@code fleet:write}; any valid token may read. */
@Path("/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceResource {
    private final ServiceRegistry registry;
    private final ServiceRemoval removal;

    public ServiceResource(ServiceRegistry registry, ServiceRemoval removal) {
        this.registry = registry;
        this.removal = removal;
    }

    @POST
    public Uni<RestResponse<ServiceView>> register(ServiceRequest request) {
        return registry.register(request).map(view -> RestResponse.status(Response.Status.CREATED, view));
    }

    @GET
    public Uni<List<ServiceView>> list() {
        return registry.list();
    }

    @GET
    @Path("/{name}")
    public Uni<ServiceView> get(@RestPath String name) {
        return registry.get(name);
    }

    @PUT
    @Path("/{name}")
    @CustomDeserialization(RefuseUnknownFields.class)
    public Uni<ServiceView> update(@RestPath String name, ServiceRequest request) {
        return registry.update(name, request);
    }

    @DELETE
    @Path("/{name}")
    @APIResponse(responseCode = "200", description = "deleted, with the dependency edges that went with it",
            content = @Content(schema = @Schema(implementation = DeletedService.class)))
    @APIResponse(responseCode = "409", description = "other services depend on it; repeat with force=true",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ServiceInUseProblem.class)))
    public Uni<DeletedService> delete(@RestPath String name, @RestQuery String force) {
        return removal.delete(name, force);
    }

    @ServerExceptionMapper
    public Response inUse(ServiceInUse conflict) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(ServiceInUseProblem.of(conflict)).build();
    }
}

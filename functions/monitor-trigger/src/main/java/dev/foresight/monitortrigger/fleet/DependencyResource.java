package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.json.RefuseUnknownFields;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** The dependency graph. Writing needs {@code fleet:write}; any valid token may read. */
@Path("/dependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {
    private final DependencyRegistry registry;

    public DependencyResource(DependencyRegistry registry) {
        this.registry = registry;
    }

    @POST
    public Uni<RestResponse<DependencyView>> add(DependencyRequest request) {
        return registry.add(request).map(view -> RestResponse.status(Response.Status.CREATED, view));
    }

    @GET
    public Uni<List<DependencyView>> list() {
        return registry.list();
    }

    /** The graph with its cycles of critical edges named rather than hidden. */
    @GET
    @Path("/graph")
    public Uni<DependencyGraph> graph() {
        return registry.graph();
    }

    @PUT
    @Path("/{service}/{dependsOn}")
    @CustomDeserialization(RefuseUnknownFields.class)
    public Uni<DependencyView> update(@RestPath String service, @RestPath String dependsOn, DependencyUpdate update) {
        return registry.update(service, dependsOn, update);
    }

    @DELETE
    @Path("/{service}/{dependsOn}")
    public Uni<RestResponse<Void>> remove(@RestPath String service, @RestPath String dependsOn) {
        return registry.remove(service, dependsOn).replaceWith(RestResponse.noContent());
    }
}

package dev.foresight.embed.memory;

import dev.foresight.shared.json.RefuseUnknownFields;
import dev.foresight.shared.memory.Memory;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Remembered texts. Changing them needs {@code memory:write}; any valid token may read and search.
 * {@code /memories/search} is a literal path, so JAX-RS prefers it to {@code /memories/{id}}.
 */
@Path("/memories")
@Produces(MediaType.APPLICATION_JSON)
public class MemoryResource {
    private final MemoryService memories;

    public MemoryResource(MemoryService memories) {
        this.memories = memories;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Memory>> remember(NewMemory request) {
        return memories.remember(request).map(memory -> RestResponse.status(RestResponse.Status.CREATED, memory));
    }

    @GET
    public Uni<List<Memory>> list(@RestQuery String kind, @RestQuery String service, @RestQuery String limit) {
        return memories.list(kind, service, limit);
    }

    /**
     * The memories most like {@code q}, filtered by kind, service and the time range since … until,
     * ranked by {@code mode}: hybrid (meaning and exact terms fused, the default), vector or text.
     */
    @GET
    @Path("/search")
    public Uni<List<MemoryMatch>> search(@RestQuery String q, @RestQuery String k, @RestQuery String kind,
            @RestQuery String service, @RestQuery String since, @RestQuery String until, @RestQuery String mode) {
        return memories.search(q, k, kind, service, since, until, mode);
    }

    @GET
    @Path("/{id}")
    public Uni<Memory> get(@RestPath String id) {
        return memories.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(RefuseUnknownFields.class)
    public Uni<Memory> update(@RestPath String id, NewMemory request) {
        return memories.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> delete(@RestPath String id) {
        return memories.delete(id).replaceWith(RestResponse.noContent());
    }
}

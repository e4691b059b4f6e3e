package dev.foresight.embed.memory;

import dev.foresight.shared.memory.Memory;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Path("/search")
    public Uni<List<MemoryMatch>> search(@RestQuery String q, @RestQuery String k, @RestQuery String kind) {
        return memories.search(q, k, kind);
    }
}

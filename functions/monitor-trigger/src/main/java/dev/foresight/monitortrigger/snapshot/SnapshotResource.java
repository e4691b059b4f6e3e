package dev.foresight.monitortrigger.snapshot;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

/** Push collection: services (or an agent beside them) send their metrics. Needs {@code fleet:write}. */
@Path("/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotResource {
    private final SnapshotIngest ingest;

    public SnapshotResource(SnapshotIngest ingest) {
        this.ingest = ingest;
    }

    @POST
    public Uni<RestResponse<Accepted>> push(SnapshotBatch batch) {
        return ingest.ingest(batch).map(accepted -> RestResponse.status(Response.Status.ACCEPTED, accepted));
    }
}

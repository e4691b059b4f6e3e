package dev.foresight.monitortrigger.snapshot;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Push collection: services (or an agent beside them) send their metrics, which needs
 * {@code fleet:write}; any valid token may read them back.
 */
@Path("/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SnapshotResource {
    private final SnapshotIngest ingest;
    private final SnapshotReads reads;

    public SnapshotResource(SnapshotIngest ingest, SnapshotReads reads) {
        this.ingest = ingest;
        this.reads = reads;
    }

    @GET
    public Uni<List<SnapshotView>> list(@RestQuery String service, @RestQuery String since, @RestQuery String limit) {
        return reads.list(service, since, limit);
    }

    @POST
    public Uni<RestResponse<Accepted>> push(SnapshotBatch batch) {
        return ingest.ingest(batch).map(accepted -> RestResponse.status(Response.Status.ACCEPTED, accepted));
    }
}

package dev.foresight.alertroute.apiv2;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Alertmanager's v2 endpoints other than alerts: silences, receivers and the status (with the
 * running configuration's text, which {@code amtool config show} prints). One class holds every
 * {@code /api/v2} path but {@code /api/v2/alerts}, as JAX-RS picks one class per path prefix.
 */
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
public class AlertmanagerV2Resource {
    private final V2Silences silences;
    private final V2Alerts alerts;
    private final V2Status status;

    public AlertmanagerV2Resource(V2Silences silences, V2Alerts alerts, V2Status status) {
        this.silences = silences;
        this.alerts = alerts;
        this.status = status;
    }

    @GET
    @Path("status")
    public V2Models.Status status() {
        return status.now();
    }

    @GET
    @Path("receivers")
    public List<V2Models.Receiver> receivers() {
        return alerts.receivers();
    }

    @GET
    @Path("silences")
    public Uni<List<V2Models.GettableSilence>> list(@QueryParam("filter") List<String> filter) {
        return silences.list(filter);
    }

    @POST
    @Path("silences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<V2Models.SilenceCreated> post(V2Models.PostableSilence body) {
        return silences.post(body);
    }

    @GET
    @Path("silence/{silenceID}")
    public Uni<V2Models.GettableSilence> get(@PathParam("silenceID") String id) {
        return silences.get(id);
    }

    @DELETE
    @Path("silence/{silenceID}")
    public Uni<jakarta.ws.rs.core.Response> expire(@PathParam("silenceID") String id) {
        // Alertmanager answers 200 with an empty body; amtool refuses any other status
        return silences.expire(id).replaceWith(jakarta.ws.rs.core.Response.ok().build());
    }
}

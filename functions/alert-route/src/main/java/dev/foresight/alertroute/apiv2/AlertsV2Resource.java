package dev.foresight.alertroute.apiv2;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Alertmanager's v2 alert endpoints, as Prometheus and amtool call them. */
@Path("/api/v2/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsV2Resource {
    private final V2Alerts alerts;

    public AlertsV2Resource(V2Alerts alerts) {
        this.alerts = alerts;
    }

    /** 200 once every alert is stored; 400 naming each fault, and then none is stored. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<jakarta.ws.rs.core.Response> post(List<V2Models.PostableAlert> body) {
        return alerts.post(body).replaceWith(jakarta.ws.rs.core.Response.ok().build());
    }

    @GET
    public Uni<List<V2Models.GettableAlert>> list(@QueryParam("filter") List<String> filter,
            @QueryParam("active") @DefaultValue("true") boolean active,
            @QueryParam("silenced") @DefaultValue("true") boolean silenced,
            @QueryParam("inhibited") @DefaultValue("true") boolean inhibited,
            @QueryParam("unprocessed") @DefaultValue("true") boolean unprocessed,
            @QueryParam("receiver") String receiver) {
        return alerts.list(V2Alerts.filter(filter, active, silenced, inhibited, receiver));
    }

    @GET
    @Path("groups")
    public Uni<List<V2Models.AlertGroup>> groups(@QueryParam("filter") List<String> filter,
            @QueryParam("active") @DefaultValue("true") boolean active,
            @QueryParam("silenced") @DefaultValue("true") boolean silenced,
            @QueryParam("inhibited") @DefaultValue("true") boolean inhibited,
            @QueryParam("receiver") String receiver) {
        return alerts.groups(V2Alerts.filter(filter, active, silenced, inhibited, receiver));
    }
}

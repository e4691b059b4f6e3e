package dev.foresight.alertroute.apiv2;

import dev.foresight.alertroute.amconfig.RunningConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Alertmanager's status (the running configuration's text, which {@code amtool config show}
 * prints) and its readiness and health probes. Clustering is PostgreSQL's job here, so the
 * gossip cluster reports itself disabled.
 */
@Path("/")
@Singleton
public class StatusV2Resource {
    static final V2Models.VersionInfo VERSION = new V2Models.VersionInfo("main", "", "foresight", "", "",
            "foresight-alert-route-0.1.0");

    private final RunningConfig config;
    private Instant started = Instant.now();

    public StatusV2Resource(RunningConfig config) {
        this.config = config;
    }

    void started(@Observes StartupEvent event) {
        started = Instant.now();
    }

    @GET
    @Path("api/v2/status")
    @Produces(MediaType.APPLICATION_JSON)
    public V2Models.Status status() {
        return new V2Models.Status(new V2Models.ClusterStatus("", "disabled", List.of()),
                new V2Models.ConfigText(config.engine().config().source()), started.toString(), VERSION);
    }

    @GET
    @Path("-/ready")
    @Produces(MediaType.TEXT_PLAIN)
    public String ready() {
        config.engine();
        return "OK";
    }

    @GET
    @Path("-/healthy")
    @Produces(MediaType.TEXT_PLAIN)
    public String healthy() {
        return "OK";
    }
}

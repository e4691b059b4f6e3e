package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Alertmanager's endpoints outside its API: reload, readiness and health. */
@Path("/-")
public class LifecycleResource {
    private final ConfigLifecycle lifecycle;
    private final RunningConfig config;

    public LifecycleResource(ConfigLifecycle lifecycle, RunningConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    /** 200 when the file was accepted; 400 naming the fault when refused, the running configuration still serving. */
    @POST
    @Path("reload")
    public Uni<Response> reload() {
        return lifecycle.reload().map(engine -> Response.ok().build())
                .onFailure(ConfigException.class)
                .transform(invalid -> ProblemException.invalid("config", "failed to reload config: " + invalid.getMessage()));
    }

    @GET
    @Path("ready")
    @Produces(MediaType.TEXT_PLAIN)
    public String ready() {
        config.engine();
        return "OK";
    }

    @GET
    @Path("healthy")
    @Produces(MediaType.TEXT_PLAIN)
    public String healthy() {
        return "OK";
    }
}

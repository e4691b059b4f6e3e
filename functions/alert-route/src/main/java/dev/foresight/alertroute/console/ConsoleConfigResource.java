package dev.foresight.alertroute.console;

import dev.foresight.alertroute.config.AlertRouteConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /console/config.json}: public, read by the console page before anyone logs in. */
@Path("/console/config.json")
public class ConsoleConfigResource {
    private final ConsoleSettings settings;

    public ConsoleConfigResource(AlertRouteConfig config) {
        this.settings = ConsoleSettings.of(config.console());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleSettings settings() {
        return settings;
    }
}

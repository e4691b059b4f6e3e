package dev.foresight.alertroute.amconfig;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The stored versions of the Alertmanager configuration, and rolling back to one. */
@Path("/config/versions")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {
    private final ConfigLifecycle lifecycle;
    private final ConfigVersions versions;

    public ConfigResource(ConfigLifecycle lifecycle, ConfigVersions versions) {
        this.lifecycle = lifecycle;
        this.versions = versions;
    }

    @GET
    public Uni<List<ConfigVersions.Version>> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "must be an integer between 1 and 500");
        }
        return versions.list(limit);
    }

    @GET
    @Path("{version}")
    public Uni<ConfigVersions.Version> get(@PathParam("version") long version) {
        return versions.find(version).map(found -> found.orElseThrow(
                () -> ProblemException.notFound("configuration version " + version + " does not exist")));
    }

    /** Makes an earlier version the running one again (stored as a new version); 404 for a version never stored. */
    @POST
    @Path("{version}/rollback")
    public Uni<ConfigVersions.Version> rollback(@PathParam("version") long version) {
        return lifecycle.rollback(version)
                .chain(engine -> versions.find(engine.version()))
                .map(found -> found.orElseThrow())
                .onFailure(RunningConfig.UnknownVersion.class)
                .transform(unknown -> ProblemException.notFound(unknown.getMessage()))
                .onFailure(ConfigException.class)
                .transform(invalid -> ProblemException.invalid("version", invalid.getMessage()));
    }
}

package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The fleet as a document: apply one, read the declared one and its history, roll back in one
 * call. Writing needs {@code fleet:write}; any valid token may read.
 */
@Path("/fleet")
@Produces(MediaType.APPLICATION_JSON)
public class FleetResource {
    private final FleetApply apply;
    private final FleetQueries queries;

    public FleetResource(FleetApply apply, FleetQueries queries) {
        this.apply = apply;
        this.queries = queries;
    }

    /** 201 with a new version, 200 when the document equals the declared one; 400 not YAML, 422 broken rules. */
    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    public Uni<RestResponse<FleetApplied>> apply(String yaml) {
        return apply.apply(yaml == null ? "" : yaml, "api", null)
                .map(applied -> RestResponse.status(applied.created() ? Response.Status.CREATED : Response.Status.OK, applied));
    }

    @GET
    public Uni<FleetVersionView> current() {
        return queries.current();
    }

    /**
     * Ends the declaration (a new version that declares nothing): the registrations stay and the
     * API may change them again. A configured fleet file declares itself again at the next start.
     */
    @DELETE
    public Uni<FleetApplied> release() {
        return apply.release();
    }

    @GET
    @Path("/versions")
    public Uni<List<FleetVersionView>> versions() {
        return queries.list();
    }

    @GET
    @Path("/versions/{version}")
    public Uni<FleetVersionView> version(@RestPath String version) {
        return queries.get(versionNumber("version", version));
    }

    /** Back to the version before the declared one, or to {@code ?to=N}; the result is a new version. */
    @POST
    @Path("/rollback")
    public Uni<RestResponse<FleetApplied>> rollback(@RestQuery String to) {
        Optional<Long> target = to == null ? Optional.empty() : Optional.of(versionNumber("to", to));
        return apply.rollback(target).map(applied -> RestResponse.status(Response.Status.CREATED, applied));
    }

    private static long versionNumber(String field, String value) {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ProblemException.invalid(field, "must be a version number (1, 2, ...)");
    }
}

package dev.foresight.shared.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of a REST resource leaves as {@code application/problem+json}. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Quarkus REST maps exactly this type itself (plain JSON); keep it on the problem+json path. */
    @ServerExceptionMapper(priority = 1)
    public Response mapJsonInput(com.fasterxml.jackson.databind.exc.MismatchedInputException failure) {
        return map(failure);
    }

    /** A 400 for unreadable JSON arrives as WebApplicationException whose cause names the field. */
    @ServerExceptionMapper(priority = 1)
    public Response mapWebApplication(jakarta.ws.rs.WebApplicationException failure) {
        return map(failure);
    }

    @ServerExceptionMapper(priority = 1)
    public Response map(Throwable failure) {
        Problem problem = Problems.from(failure);
        if (problem.status() == 503) {
            // the database is away: one line, not a stack per request of the outage
            LOG.warnf("request refused, database unavailable: %s", failure.toString());
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .entity(problem).build();
        }
        if (problem.status() >= 500) {
            LOG.error("request failed", failure);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

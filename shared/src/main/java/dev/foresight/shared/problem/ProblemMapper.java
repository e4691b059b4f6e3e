package dev.foresight.shared.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of a REST resource leaves as {@code application/problem+json}. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper(priority = 1)
    public Response map(Throwable failure) {
        Problem problem = Problems.from(failure);
        if (problem.status() >= 500) {
            LOG.error("request failed", failure);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

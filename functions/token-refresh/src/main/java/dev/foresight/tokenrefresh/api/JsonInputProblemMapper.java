package dev.foresight.tokenrefresh.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.Problems;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST ships a mapper for exactly {@link MismatchedInputException} (a wrong JSON type),
 * which beats the shared catch-all mapper on specificity and answers plain JSON; this one puts
 * such input back on the problem+json path.
 */
public class JsonInputProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response map(MismatchedInputException failure) {
        Problem problem = Problems.from(failure);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

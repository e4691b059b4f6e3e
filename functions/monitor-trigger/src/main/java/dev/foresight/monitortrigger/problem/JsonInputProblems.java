package dev.foresight.monitortrigger.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable request bodies as problem+json naming the field. Quarkus maps a wrong JSON type
 * with its own, more specific mapper (plain JSON), and wraps a syntax error in a
 * {@link WebApplicationException}; both would otherwise bypass the shared mapper's field names.
 */
public class JsonInputProblems {

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException failure) {
        return problem(Problems.from(failure));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(WebApplicationException failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return problem(Problems.from(json));
            }
        }
        return problem(Problems.from(failure));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

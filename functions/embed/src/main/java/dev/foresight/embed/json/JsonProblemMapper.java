package dev.foresight.embed.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable JSON leaves as problem+json naming the field. Needed beside the shared mapper because
 * JAX-RS picks the most specific mapper: Quarkus's own one for {@link MismatchedInputException}
 * would answer plain JSON, and malformed JSON arrives as a 400 {@link WebApplicationException}
 * whose cause holds the parser's explanation.
 */
public class JsonProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException failure) {
        return problem(Problems.from(failure));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(WebApplicationException failure) {
        if (failure.getCause() instanceof JsonProcessingException json) {
            return problem(Problems.from(json));
        }
        return problem(Problems.from(failure));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

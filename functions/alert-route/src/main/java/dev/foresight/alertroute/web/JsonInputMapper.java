package dev.foresight.alertroute.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.Problems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Unreadable request bodies leave as problem+json naming the field, like every other 400. The
 * JSON extension ships its own, more specific mapper for type mismatches, and wraps syntax errors
 * in a bare 400; these mappers are more specific still and hand both to {@link Problems}.
 */
public class JsonInputMapper {
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException failure) {
        return respond(Problems.from(failure));
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException failure) {
        return respond(failure.getCause() instanceof JsonProcessingException json ? Problems.from(json) : Problems.from(failure));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}

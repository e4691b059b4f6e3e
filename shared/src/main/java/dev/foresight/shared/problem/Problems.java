package dev.foresight.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns any failure into the problem it should be reported as. One place for every status. */
public final class Problems {
    private Problems() {}

    public static Problem from(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ProblemException p) {
            return p.problem();
        }
        if (t instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .collect(Collectors.toList());
            return ProblemException.invalid(errors).problem();
        }
        if (t instanceof JsonMappingException jme) {
            String field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String rule = jme instanceof UnrecognizedPropertyException unknown ? unknownFieldRule(unknown)
                    : jme.getOriginalMessage() == null ? "malformed value" : firstLine(jme.getOriginalMessage());
            return ProblemException.invalid(field.isEmpty() ? "body" : field, rule).problem();
        }
        if (t instanceof JsonProcessingException jpe) {
            return ProblemException.invalid("body", "must be valid JSON: " + firstLine(jpe.getOriginalMessage())).problem();
        }
        if (t instanceof io.quarkus.security.ForbiddenException) {
            return Problem.of(403, "Forbidden", "the access token lacks the scope this endpoint requires");
        }
        if (t instanceof io.quarkus.security.UnauthorizedException
                || t instanceof io.quarkus.security.AuthenticationFailedException) {
            return Problem.of(401, "Unauthorized", "a valid bearer access token is required");
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return Problem.of(status, jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null
                    ? "Error" : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase(), wae.getMessage());
        }
        if (DatabaseUnavailable.is(failure)) {
            return Problem.of(503, "Service Unavailable", "the database cannot be reached; nothing was stored, retry after "
                    + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s");
        }
        return Problem.of(500, "Internal Server Error", "unexpected failure; see the server log");
    }

    private static Throwable unwrap(Throwable t) {
        if (t instanceof WebApplicationException && t.getCause() instanceof JsonProcessingException json) {
            return json; // unreadable body: the parser's explanation names the field
        }
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof ProblemException)
                && !(current instanceof ConstraintViolationException) && !(current instanceof JsonProcessingException)
                && !(current instanceof WebApplicationException)
                && !(current instanceof io.quarkus.security.AuthenticationException)
                && !(current instanceof io.quarkus.security.ForbiddenException)) {
            current = current.getCause();
        }
        return current;
    }

    /** "create.arg0.latencyMs" → "latencyMs": the method and parameter are noise to a client. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        int start = parts.length > 2 && parts[1].startsWith("arg") ? 2 : (parts.length > 1 ? 1 : 0);
        return String.join(".", java.util.Arrays.copyOfRange(parts, Math.min(start, parts.length - 1), parts.length));
    }

    /** Jackson's own message names the Java class; a client needs the fields it may send. */
    private static String unknownFieldRule(UnrecognizedPropertyException unknown) {
        String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return "is not a known field; known fields: " + known;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

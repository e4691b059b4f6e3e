package dev.foresight.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of failure becomes the problem a client can act on. */
class ProblemsTest {
    record Sample(double latencyMs) {}

    @Test
    void problemExceptionKeepsItsFieldAndRule() {
        Problem p = Problems.from(ProblemException.invalid("snapshots[3].latencyMs", "must be >= 0"));
        assertEquals(400, p.status());
        assertEquals(List.of(new Problem.FieldError("snapshots[3].latencyMs", "must be >= 0")), p.errors());
        assertEquals("snapshots[3].latencyMs: must be >= 0", p.detail());
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        MismatchedInputException failure = org.junit.jupiter.api.Assertions.assertThrows(MismatchedInputException.class,
                () -> new ObjectMapper().readValue("{\"latencyMs\":[1]}", Sample.class));
        Problem p = Problems.from(failure);
        assertEquals(400, p.status());
        assertEquals("latencyMs", p.errors().get(0).field());
    }

    @Test
    void unknownFieldIsNamedWithTheFieldsThatExist() {
        var reader = new ObjectMapper().readerFor(Sample.class)
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Exception failure = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> reader.readValue("{\"latencyMS\":1}"));
        Problem p = Problems.from(failure);
        assertEquals(400, p.status());
        assertEquals(new Problem.FieldError("latencyMS", "is not a known field; known fields: latencyMs"), p.errors().get(0));
    }

    @Test
    void securityFailuresAre401And403() {
        assertEquals(401, Problems.from(new UnauthorizedException()).status());
        assertEquals(403, Problems.from(new ForbiddenException()).status());
    }

    @Test
    void webApplicationStatusIsKept() {
        assertEquals(404, Problems.from(new NotFoundException("no such alert")).status());
    }

    @Test
    void unknownFailureIs500WithoutLeakingDetails() {
        Problem p = Problems.from(new IllegalStateException("password=secret"));
        assertEquals(500, p.status());
        assertEquals("unexpected failure; see the server log", p.detail());
    }
}

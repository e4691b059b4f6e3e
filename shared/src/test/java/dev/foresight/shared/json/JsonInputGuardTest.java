package dev.foresight.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.Problems;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonInputGuardTest {
    record Labelled(String name, Map<String, String> labels, List<String> texts, OffsetDateTime time, Map<String, Object> metadata) {}

    private static final ObjectMapper MAPPER = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonInputGuard().customize(mapper);
        return mapper;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("NUL in a field", "{\"name\":\"a\\u0000\"}", new Problem.FieldError("name", "must not contain NUL (U+0000)")),
                Arguments.of("a bell in a list entry", "{\"texts\":[\"ok\",\"a\\u0007\"]}",
                        new Problem.FieldError("texts[1]", "must not contain control characters")),
                Arguments.of("an unpaired surrogate in a map value", "{\"labels\":{\"team\":\"\\ud800\"}}",
                        new Problem.FieldError("labels.team", "must be valid Unicode (no unpaired surrogates)")),
                Arguments.of("a line break in a map key", "{\"labels\":{\"a\\nb\":\"x\"}}",
                        new Problem.FieldError("labels", "keys must not contain control characters or line breaks")),
                Arguments.of("NUL in free-form metadata", "{\"metadata\":{\"a\":\"\\u0000\"}}",
                        new Problem.FieldError("metadata.a", "must not contain NUL (U+0000)")),
                Arguments.of("NUL after a date (the date parser trims it)", "{\"time\":\"2026-01-01T00:00:00Z\\u0000\"}",
                        new Problem.FieldError("time", "must not contain NUL (U+0000)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void namesTheFieldAndTheRule(String name, String json, Problem.FieldError expected) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Labelled.class));
        assertEquals(List.of(expected), Problems.from(failure).errors());
    }

    @Test
    void tabsAndLineBreaksAreText() throws Exception {
        assertEquals("a\tb\nc", MAPPER.readValue("{\"name\":\"a\\tb\\nc\"}", Labelled.class).name());
    }

    @Test
    void deepNestingIsRefusedByTheParser() {
        String deep = "{\"metadata\":{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}}";
        Problem problem = Problems.from(assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(deep, Labelled.class)));
        assertEquals(400, problem.status());
    }

    @Test
    void somethingAfterTheValueIsRefused() {
        assertThrows(JsonProcessingException.class, () -> MAPPER.readValue("{\"name\":\"a\"}}", Labelled.class));
    }
}

package dev.foresight.monitortrigger.cycle.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerParserTest {
    private static final Map<String, String> PING = Map.of("ce-id", "e-1", "ce-source",
            "/apis/v1/namespaces/foresight/pingsources/monitor-cycle", "ce-type", "dev.knative.sources.ping",
            "ce-specversion", "1.0");

    private static Trigger binary(Map<String, String> headers) {
        return TriggerParser.parse(headers::get, true, "application/json", "{}");
    }

    private static List<Problem.FieldError> errors(Runnable parse) {
        return assertThrows(ProblemException.class, parse::run).problem().errors();
    }

    @Test
    void aPingSourceEventInBinaryMode() {
        Trigger t = binary(PING);
        assertEquals(new Trigger(Trigger.Mode.CLOUDEVENT_BINARY, Optional.of("/apis/v1/namespaces/foresight/pingsources/monitor-cycle"),
                Optional.of("e-1")), t);
        assertEquals(64, t.idempotencyKey().orElseThrow().length());
    }

    @Test
    void structuredModeGivesTheSameKeyAsBinaryModeForTheSameEvent() {
        Trigger t = TriggerParser.parse(h -> null, false, "application/cloudevents+json; charset=utf-8", """
                {"specversion":"1.0","id":"e-1","source":"/apis/v1/namespaces/foresight/pingsources/monitor-cycle",
                 "type":"dev.knative.sources.ping","data":{}}""");
        assertEquals(Trigger.Mode.CLOUDEVENT_STRUCTURED, t.mode());
        assertEquals(binary(PING).idempotencyKey(), t.idempotencyKey());
    }

    @Test
    void theSameIdFromAnotherSourceIsAnotherEvent() {
        Map<String, String> other = new java.util.HashMap<>(PING);
        other.put("ce-source", "/elsewhere");
        assertNotEquals(binary(PING).idempotencyKey(), binary(other).idempotencyKey());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "''|",
            "{}|",
            "{\"source\":\"cronjob\",\"extra\":1}|",
            "{\"cycleId\":\"2026-12-03T06:00\"}|2026-12-03T06:00"})
    void plainBodies(String body, String cycleId) {
        assertEquals(Trigger.plain(Optional.ofNullable(cycleId)), TriggerParser.parse(h -> null, false, "application/json", body));
    }

    @Test
    void missingAttributesAreEachNamed() {
        assertEquals(List.of(new Problem.FieldError("ce-source", "is required"), new Problem.FieldError("ce-type", "is required")),
                errors(() -> binary(Map.of("ce-id", "e-1", "ce-specversion", "1.0"))));
    }

    @Test
    void anotherSpecVersionIsRefused() {
        Map<String, String> old = new java.util.HashMap<>(PING);
        old.put("ce-specversion", "0.3");
        assertEquals(List.of(new Problem.FieldError("ce-specversion", "must be \"1.0\", not \"0.3\"")), errors(() -> binary(old)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"specversion\":\"1.0\",\"source\":\"s\",\"type\":\"t\"}|id|is required",
            "{\"specversion\":\"1.0\",\"id\":7,\"source\":\"s\",\"type\":\"t\"}|id|must be a string",
            "{\"specversion\":\"1.0\",\"id\":\"\",\"source\":\"s\",\"type\":\"t\"}|id|is required",
            "not json|body|must be a JSON object",
            "[]|body|must be a JSON object"})
    void brokenStructuredEvents(String body, String field, String rule) {
        assertEquals(List.of(new Problem.FieldError(field, rule)),
                errors(() -> TriggerParser.parse(h -> null, false, "application/cloudevents+json", body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"cycleId\":\"\"}|cycleId|must be 1 to 128 letters, digits or . _ : -",
            "{\"cycleId\":\"a b\"}|cycleId|must be 1 to 128 letters, digits or . _ : -",
            "{\"cycleId\":3}|cycleId|must be 1 to 128 letters, digits or . _ : -",
            "\"x\"|body|must be a JSON object"})
    void brokenPlainBodies(String body, String field, String rule) {
        assertEquals(List.of(new Problem.FieldError(field, rule)),
                errors(() -> TriggerParser.parse(h -> null, false, "application/json", body)));
    }

    @Test
    void batchesAreRefused() {
        assertEquals(List.of(new Problem.FieldError("content-type", "batched CloudEvents are not accepted: send one event")),
                errors(() -> TriggerParser.parse(h -> null, false, "application/cloudevents-batch+json", "[]")));
    }
}

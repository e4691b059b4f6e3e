package dev.foresight.monitortrigger.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotRulesTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Set<String> KNOWN = Set.of("checkout", "payments");

    private static SnapshotInput ok() {
        return new SnapshotInput("checkout", null, 1.0, 120.0, 0.01, 0.4, 0.5, 1000L, null);
    }

    private static SnapshotInput at(OffsetDateTime time) {
        return new SnapshotInput("checkout", time, null, 120.0, null, null, null, null, null);
    }

    private static SnapshotInput metrics(Double health, Double latency, Double errorRate, Double cpu, Double memory, Long count) {
        return new SnapshotInput("checkout", null, health, latency, errorRate, cpu, memory, count, null);
    }

    private static List<Problem.FieldError> one(String field, String rule) {
        return List.of(new Problem.FieldError(field, rule));
    }

    static Stream<Arguments> entries() {
        return Stream.of(
                Arguments.of("all metrics valid", ok(), List.of()),
                Arguments.of("only the service", new SnapshotInput("checkout", null, null, null, null, null, null, null, null), List.of()),
                Arguments.of("time in the past", at(OffsetDateTime.ofInstant(NOW.minusSeconds(86_400), ZoneOffset.UTC)), List.of()),
                Arguments.of("time 5 minutes ahead is tolerated", at(OffsetDateTime.ofInstant(NOW.plusSeconds(300), ZoneOffset.UTC)), List.of()),
                Arguments.of("time 6 minutes ahead", at(OffsetDateTime.ofInstant(NOW.plusSeconds(360), ZoneOffset.ofHours(2))),
                        one("snapshots[0].time", "must not be more than 5 minutes in the future")),
                Arguments.of("missing service", new SnapshotInput(null, null, 1.0, null, null, null, null, null, null),
                        one("snapshots[0].service", "is required")),
                Arguments.of("unknown service", new SnapshotInput("ghost", null, 1.0, null, null, null, null, null, null),
                        one("snapshots[0].service", "unknown service \"ghost\"")),
                Arguments.of("negative latency", metrics(null, -1.0, null, null, null, null),
                        one("snapshots[0].latencyMs", "must be greater than or equal to 0")),
                Arguments.of("NaN latency", metrics(null, Double.NaN, null, null, null, null),
                        one("snapshots[0].latencyMs", "must be a finite number")),
                Arguments.of("infinite cpu", metrics(null, null, null, Double.POSITIVE_INFINITY, null, null),
                        one("snapshots[0].cpu", "must be a finite number")),
                Arguments.of("health above 1", metrics(1.5, null, null, null, null, null),
                        one("snapshots[0].health", "must be between 0 and 1")),
                Arguments.of("error rate as a percentage", metrics(null, null, 5.0, null, null, null),
                        one("snapshots[0].errorRate", "must be between 0 and 1")),
                Arguments.of("negative memory", metrics(null, null, null, null, -0.2, null),
                        one("snapshots[0].memory", "must be between 0 and 1")),
                Arguments.of("negative request count", metrics(null, null, null, null, null, -3L),
                        one("snapshots[0].requestCount", "must be greater than or equal to 0")),
                Arguments.of("null entry", null, one("snapshots[0]", "must be an object")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void entry(String name, SnapshotInput input, List<Problem.FieldError> expected) {
        assertEquals(expected, SnapshotRules.check(Collections.singletonList(input), KNOWN, NOW));
    }

    @Test
    void everyBadEntryIsNamedByItsIndex() {
        List<SnapshotInput> batch = List.of(ok(), metrics(null, -5.0, null, null, null, null), ok(),
                new SnapshotInput("ghost", null, null, null, null, null, null, null, null));
        assertEquals(List.of(
                        new Problem.FieldError("snapshots[1].latencyMs", "must be greater than or equal to 0"),
                        new Problem.FieldError("snapshots[3].service", "unknown service \"ghost\"")),
                SnapshotRules.check(batch, KNOWN, NOW));
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of("no batch", null, 400),
                Arguments.of("no snapshots field", new SnapshotBatch(null), 400),
                Arguments.of("empty", new SnapshotBatch(List.of()), 400),
                Arguments.of("one too many", new SnapshotBatch(copies(SnapshotRules.MAX_BATCH + 1)), 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void rejectedSizes(String name, SnapshotBatch batch, int status) {
        ProblemException e = assertThrows(ProblemException.class, () -> SnapshotRules.checkSize(batch));
        assertEquals(status, e.problem().status());
        assertEquals("snapshots", e.problem().errors().get(0).field());
    }

    @Test
    void fullBatchIsAccepted() {
        SnapshotRules.checkSize(new SnapshotBatch(copies(SnapshotRules.MAX_BATCH)));
    }

    private static List<SnapshotInput> copies(int n) {
        List<SnapshotInput> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(ok());
        }
        return list;
    }
}

package dev.foresight.alertroute.am.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The branches of Alertmanager 0.25's DedupStage.needsUpdate, after its notify_test.go table. */
class DedupDecisionTest {
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final Duration REPEAT = Duration.ofHours(1);

    private static Optional<LogEntry> sent(Set<String> firing, Set<String> resolved, Duration ago) {
        return Optional.of(new LogEntry(firing, resolved, NOW.minus(ago)));
    }

    static Stream<Arguments> cases() {
        Duration recently = Duration.ofMinutes(10);
        return Stream.of(
                Arguments.of("first notification with firing alerts", Optional.empty(), Set.of("1"), Set.of(), true, true),
                Arguments.of("first notification, only resolved", Optional.empty(), Set.of(), Set.of("1"), true, false),
                Arguments.of("first notification, nothing", Optional.empty(), Set.of(), Set.of(), true, false),
                Arguments.of("a new firing alert", sent(Set.of("1"), Set.of(), recently), Set.of("1", "2"), Set.of(), true, true),
                Arguments.of("same firing alerts within repeat", sent(Set.of("1", "2"), Set.of(), recently), Set.of("1", "2"),
                        Set.of(), true, false),
                Arguments.of("fewer firing alerts, send_resolved off", sent(Set.of("1", "2"), Set.of(), recently), Set.of("1"),
                        Set.of("2"), false, false),
                Arguments.of("fewer firing alerts, send_resolved on", sent(Set.of("1", "2"), Set.of(), recently), Set.of("1"),
                        Set.of("2"), true, true),
                Arguments.of("resolved already told", sent(Set.of("1"), Set.of("2"), recently), Set.of("1"), Set.of("2"), true,
                        false),
                Arguments.of("all resolved after firing, send_resolved off", sent(Set.of("1"), Set.of(), recently), Set.of(),
                        Set.of("1"), false, true),
                Arguments.of("all resolved after firing, send_resolved on", sent(Set.of("1"), Set.of(), recently), Set.of(),
                        Set.of("1"), true, true),
                Arguments.of("all resolved, none ever told as firing", sent(Set.of(), Set.of("1"), recently), Set.of(),
                        Set.of("1", "2"), true, false),
                Arguments.of("repeat interval passed", sent(Set.of("1"), Set.of(), Duration.ofMinutes(61)), Set.of("1"), Set.of(),
                        true, true),
                Arguments.of("exactly at the repeat interval", sent(Set.of("1"), Set.of(), REPEAT), Set.of("1"), Set.of(), true,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, Optional<LogEntry> previous, Set<String> firing, Set<String> resolved, boolean sendResolved,
            boolean expected) {
        assertEquals(expected, DedupDecision.needsUpdate(previous, firing, resolved, sendResolved, REPEAT, NOW));
    }
}

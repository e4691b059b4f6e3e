package dev.foresight.alertroute.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.alertroute.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DedupWindowTest {
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final DedupWindow FIVE_MINUTES = new DedupWindow(Duration.ofMinutes(5));

    private static Optional<DedupWindow.Seen> seen(Duration ago, boolean resolved, Severity severity, int occurrences) {
        return Optional.of(new DedupWindow.Seen(NOW.minus(ago), resolved, severity, occurrences));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing stored is new", Optional.empty(), Severity.HIGH, new DedupWindow.Fresh()),
                Arguments.of("seen a minute ago repeats", seen(Duration.ofMinutes(1), false, Severity.HIGH, 1), Severity.HIGH,
                        new DedupWindow.Repeat(2, Severity.HIGH, NOW)),
                Arguments.of("seen exactly at the window's edge repeats", seen(Duration.ofMinutes(5), false, Severity.LOW, 3), Severity.LOW,
                        new DedupWindow.Repeat(4, Severity.LOW, NOW)),
                Arguments.of("seen just beyond the window is new", seen(Duration.ofMinutes(5).plusMillis(1), false, Severity.HIGH, 7),
                        Severity.HIGH, new DedupWindow.Fresh()),
                Arguments.of("a resolved alert is never repeated", seen(Duration.ofSeconds(10), true, Severity.HIGH, 1), Severity.HIGH,
                        new DedupWindow.Fresh()),
                Arguments.of("a more severe repeat raises the severity", seen(Duration.ofMinutes(2), false, Severity.MEDIUM, 1),
                        Severity.CRITICAL, new DedupWindow.Repeat(2, Severity.CRITICAL, NOW)),
                Arguments.of("a less severe repeat keeps the higher severity", seen(Duration.ofMinutes(2), false, Severity.CRITICAL, 2),
                        Severity.LOW, new DedupWindow.Repeat(3, Severity.CRITICAL, NOW)),
                Arguments.of("last-seen from a clock ahead of ours is kept", seen(Duration.ofSeconds(-30), false, Severity.HIGH, 1),
                        Severity.HIGH, new DedupWindow.Repeat(2, Severity.HIGH, NOW.plusSeconds(30))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, Optional<DedupWindow.Seen> previous, Severity incoming, DedupWindow.Decision expected) {
        assertEquals(expected, FIVE_MINUTES.decide(previous, incoming, NOW));
    }

    @Test
    void sinceIsTheWindowBeforeNow() {
        assertEquals(Instant.parse("2025-01-01T11:55:00Z"), FIVE_MINUTES.since(NOW));
    }

    @Test
    void aWindowMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DedupWindow(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DedupWindow(Duration.ofSeconds(-1)));
    }
}

package dev.foresight.alertroute.receiver.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.severity.Severity;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StreamFilterTest {
    private static final StreamFilter CRITICAL_HIGH_CHECKOUT =
            new StreamFilter(Set.of(Severity.CRITICAL, Severity.HIGH), Set.of("checkout"));

    static Stream<Arguments> cases() {
        StreamFilter everything = new StreamFilter(Set.of(), Set.of());
        return Stream.of(
                Arguments.of("no filter admits a low alert", everything, "low", "any", true),
                Arguments.of("critical for the service passes", CRITICAL_HIGH_CHECKOUT, "critical", "checkout", true),
                Arguments.of("high for the service passes", CRITICAL_HIGH_CHECKOUT, "high", "checkout", true),
                Arguments.of("low for the service is filtered out", CRITICAL_HIGH_CHECKOUT, "low", "checkout", false),
                Arguments.of("critical for another service is filtered out", CRITICAL_HIGH_CHECKOUT, "critical", "payments", false),
                Arguments.of("an unknown severity is filtered out", CRITICAL_HIGH_CHECKOUT, "urgent", "checkout", false),
                Arguments.of("severity only", new StreamFilter(Set.of(Severity.MEDIUM), Set.of()), "medium", "any", true),
                Arguments.of("service only", new StreamFilter(Set.of(), Set.of("a", "b")), "low", "b", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void admits(String name, StreamFilter filter, String severity, String service, boolean expected) {
        assertEquals(expected, filter.admits(severity, service));
    }
}

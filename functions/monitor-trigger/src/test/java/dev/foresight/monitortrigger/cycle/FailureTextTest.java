package dev.foresight.monitortrigger.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.client.UpstreamStatus;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("upstream status, even wrapped",
                        new CompletionException(UpstreamStatus.classify("predict", 503, "busy")), "predict answered 503: busy"),
                Arguments.of("fault-tolerance timeout", new TimeoutException("x"), "timed out"),
                Arguments.of("open breaker", new CircuitBreakerOpenException("predict"),
                        "circuit breaker open: recent calls failed, no call until it half-opens"),
                Arguments.of("root cause of anything else",
                        new RuntimeException("outer", new ConnectException("Connection refused")),
                        "ConnectException: Connection refused"),
                Arguments.of("no message", new IllegalStateException(), "IllegalStateException"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void describe(String name, Throwable failure, String expected) {
        assertEquals(expected, FailureText.of(failure));
    }
}

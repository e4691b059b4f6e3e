package dev.foresight.monitortrigger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpstreamStatusTest {

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("bad request", 400, UpstreamRejected.class),
                Arguments.of("unauthorized", 401, UpstreamRejected.class),
                Arguments.of("not found", 404, UpstreamRejected.class),
                Arguments.of("request timeout", 408, UpstreamUnavailable.class),
                Arguments.of("too many requests", 429, UpstreamUnavailable.class),
                Arguments.of("internal error", 500, UpstreamUnavailable.class),
                Arguments.of("bad gateway", 502, UpstreamUnavailable.class),
                Arguments.of("unavailable", 503, UpstreamUnavailable.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void classify(String name, int status, Class<? extends UpstreamException> expected) {
        UpstreamException e = UpstreamStatus.classify("predict", status, "why");
        assertInstanceOf(expected, e);
        assertEquals(status, e.status());
        assertEquals("predict answered " + status + ": why", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void longBodiesAreShortened() {
        String message = UpstreamStatus.classify("predict", 500, "x".repeat(5000)).getMessage();
        assertEquals("predict answered 500: ".length() + 300 + 1, message.length());
    }
}

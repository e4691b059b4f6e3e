package dev.foresight.alertroute.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.notify.SendResult.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomesTest {
    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
        "200, OK", "201, OK", "202, OK", "204, OK", "299, OK",
        "408, RETRYABLE", "429, RETRYABLE", "500, RETRYABLE", "502, RETRYABLE", "503, RETRYABLE", "504, RETRYABLE",
        "301, FATAL", "400, FATAL", "401, FATAL", "403, FATAL", "404, FATAL", "410, FATAL", "413, FATAL", "422, FATAL"
    })
    void classifiesStatus(int status, Outcome expected) {
        assertEquals(expected, Outcomes.ofStatus(status, "").outcome());
    }

    @Test
    void detailCarriesStatusAndTheStartOfTheBody() {
        assertEquals("HTTP 503: down for maintenance", Outcomes.ofStatus(503, " down for maintenance\n").detail());
        assertEquals("HTTP 200", Outcomes.ofStatus(200, null).detail());
        assertEquals(200 + "HTTP 400: ".length() + 1, Outcomes.ofStatus(400, "x".repeat(5000)).detail().length());
    }

    /** Stands for an HTTP client's own timeout type, which need not extend the JDK's. */
    static final class NoStackTraceTimeoutException extends RuntimeException {
        NoStackTraceTimeoutException(String message) {
            super(message);
        }
    }

    static final class HttpClosedException extends RuntimeException {
        HttpClosedException(String message) {
            super(message);
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("a timeout", new TimeoutException("5000ms"), Outcome.RETRYABLE),
                Arguments.of("a client's own timeout type", new NoStackTraceTimeoutException("timeout"), Outcome.RETRYABLE),
                Arguments.of("a refused connection", new ConnectException("Connection refused"), Outcome.RETRYABLE),
                Arguments.of("a closed connection", new HttpClosedException("Connection was closed"), Outcome.RETRYABLE),
                Arguments.of("an I/O failure wrapped in another", new IllegalStateException(new IOException("reset")), Outcome.RETRYABLE),
                Arguments.of("a programming error", new IllegalArgumentException("bad URL"), Outcome.FATAL),
                Arguments.of("a null pointer", new NullPointerException(), Outcome.FATAL));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("failures")
    void classifiesFailures(String name, Throwable failure, Outcome expected) {
        assertEquals(expected, Outcomes.ofFailure(failure).outcome());
    }

    @ParameterizedTest(name = "SMTP {0} is {1}")
    @org.junit.jupiter.params.provider.CsvSource({"250, OK", "421, RETRYABLE", "450, RETRYABLE", "452, RETRYABLE",
            "550, FATAL", "553, FATAL", "554, FATAL"})
    void classifiesSmtpReplies(int code, Outcome expected) {
        assertEquals(expected, Outcomes.ofSmtpReply(code, "reply").outcome());
        assertEquals(expected, Outcomes.ofFailure(new io.vertx.ext.mail.SMTPException("refused", code, List.of("reply"), false)).outcome());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        java.time.Instant now = java.time.Instant.parse("2026-12-03T06:00:00Z");
        assertEquals(java.time.Duration.ofSeconds(7), Outcomes.retryAfter("7", now));
        assertEquals(java.time.Duration.ofSeconds(30), Outcomes.retryAfter("Thu, 03 Dec 2026 06:00:30 GMT", now));
        assertEquals(java.time.Duration.ZERO, Outcomes.retryAfter("Thu, 03 Dec 2026 05:00:00 GMT", now));
        assertEquals(java.time.Duration.ZERO, Outcomes.retryAfter("soon", now));
        assertEquals(java.time.Duration.ZERO, Outcomes.retryAfter(null, now));
        SendResult throttled = Outcomes.ofStatus(429, "slow down", "2", now);
        assertEquals(Outcome.RETRYABLE, throttled.outcome());
        assertEquals(java.time.Duration.ofSeconds(2), throttled.retryAfter());
        assertEquals(java.time.Duration.ZERO, Outcomes.ofStatus(400, "bad", "2", now).retryAfter());
    }

    @Test
    void anOpenCircuitIsRetryableLater() {
        assertEquals(Outcome.RETRYABLE, Outcomes.ofFailure(
                new org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException("open")).outcome());
    }
}

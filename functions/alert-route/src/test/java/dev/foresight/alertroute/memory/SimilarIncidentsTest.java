package dev.foresight.alertroute.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SimilarIncidentsTest {

    @ParameterizedTest(name = "budget {0} ms, group_wait {1} ms → {2} ms")
    @CsvSource({"300,30000,300", "300,100,100", "300,0,300", "300,300,300"})
    void theBudgetIsCappedByAPositiveGroupWait(long budget, long groupWait, long expected) {
        assertEquals(Duration.ofMillis(expected), SimilarIncidents.limit(Duration.ofMillis(budget), Duration.ofMillis(groupWait)));
    }

    @Test
    void fallbacksAreCountedByReason() {
        assertEquals("timeout", SimilarIncidents.reason(new io.smallrye.mutiny.TimeoutException()));
        assertEquals("circuit_open", SimilarIncidents.reason(new CircuitBreakerOpenException("open")));
        assertEquals("refused", SimilarIncidents.reason(new EmbedRefusal(new EmbedFailure("embed", 400, "bad"))));
        assertEquals("unavailable", SimilarIncidents.reason(new EmbedFailure("embed", 503, "down")));
        assertEquals("unavailable", SimilarIncidents.reason(new java.net.ConnectException("refused")));
    }

    @Test
    void anIncidentIsReadFromWhatAlertRouteRemembered() {
        SimilarIncident incident = SimilarIncident.of(new MemoryHit(9, "text", "incident", Map.of("summary", "pool exhausted",
                "resolution", "raised the pool", "service", "checkout", "resolvedAt", "2026-11-30T10:20:00Z", "alertId", 7),
                0.87654));
        assertEquals(new SimilarIncident("pool exhausted", "raised the pool", 0.877, "checkout", null,
                "2026-11-30T10:20:00Z", 7L, 9), incident);
    }

    @Test
    void aMemoryWrittenByHandStillReads() {
        SimilarIncident incident = SimilarIncident.of(new MemoryHit(3, "disk full on broker-2", "incident", null, 0.5));
        assertEquals("disk full on broker-2", incident.summary());
        assertNull(incident.resolution());
    }

    @ParameterizedTest(name = "after {0} failures → {1} ms")
    @CsvSource({"0,1000", "1,2000", "3,8000", "20,300000"})
    void theOutboxBacksOffExponentially(int failures, long expected) {
        assertEquals(Duration.ofMillis(expected), MemoryOutbox.backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), failures));
    }
}

package dev.foresight.alertroute.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.foresight.alertroute.alert.AlertView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryDraftTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Map<String, String> LABELS = Map.of("alertname", "HighLatency", "service", "checkout", "severity", "critical");

    @Test
    void theTextIsSummaryDescriptionNameAndService() {
        assertEquals("p99 above 500 ms. checkout-db pool exhausted (HighLatency on checkout)",
                MemoryDraft.text(LABELS, Map.of("summary", "p99 above 500 ms", "description", "checkout-db pool exhausted")));
    }

    @Test
    void anAlertWithoutWordsIsItsLabels() {
        assertEquals("instance=db-1 severity=low", MemoryDraft.text(Map.of("severity", "low", "instance", "db-1"), Map.of()));
    }

    @Test
    void anIncidentKeepsTheNoteAsItsResolution() {
        MemoryRecord incident = MemoryDraft.of(MemoryDraft.INCIDENT, alert(Map.of("summary", "p99 above 500 ms")), " rolled back 4.2 ");
        assertEquals("incident", incident.kind());
        assertEquals("rolled back 4.2", incident.metadata().get("resolution"));
        assertEquals("note", incident.metadata().get("resolutionSource"));
        assertEquals("checkout", incident.metadata().get("service"));
        assertEquals(START.plus(Duration.ofMinutes(20)).toString(), incident.metadata().get("resolvedAt"));
        assertEquals(17L, incident.metadata().get("alertId"));
    }

    @Test
    void aFiringAlertHasNoResolution() {
        MemoryRecord fired = MemoryDraft.of(MemoryDraft.ALERT, alert(Map.of("summary", "p99 above 500 ms")), null);
        assertFalse(fired.metadata().containsKey("resolution"));
        assertEquals(fired.text(), MemoryDraft.of(MemoryDraft.INCIDENT, alert(Map.of("summary", "p99 above 500 ms")), null).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "resolution annotation | resolution | scaled the pool | scaled the pool",
            "runbook | runbook_url | https://runbooks/db | runbook: https://runbooks/db",
            "nothing said | other | x | ended without a note"})
    void withoutANoteTheAnnotationsSayHow(String name, String key, String value, String expected) {
        assertEquals(expected, MemoryDraft.resolution(null, Map.of(key, value)));
        assertEquals(expected, MemoryDraft.resolution("  ", Map.of(key, value)));
    }

    @Test
    void aGroupQueryJoinsDistinctTextsAndIsCut() {
        var same = Map.entry(LABELS, Map.of("summary", "slow"));
        assertEquals("slow (HighLatency on checkout)", MemoryDraft.query(List.of(same, same)));
        var longOne = Map.entry(LABELS, Map.of("summary", "x".repeat(5000)));
        assertEquals(MemoryDraft.MAX_TEXT, MemoryDraft.query(List.of(longOne)).length());
    }

    private static AlertView alert(Map<String, String> annotations) {
        return new AlertView(17, "abc", "HighLatency", "checkout", "critical", "resolved", "p99 above 500 ms", LABELS,
                null, null, 1, START, START, null, null, START.plus(Duration.ofMinutes(20)), annotations,
                START.plus(Duration.ofMinutes(20)), "", null, null, null, null);
    }
}

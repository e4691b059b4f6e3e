package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison must tell a difference: each case changes one side of an identical pair. */
class NotificationComparisonTest {
    private static final Scenario SCENARIO = Scenario.named("sample").route("""
            group_by: [alertname]
            group_interval: 2s
            """).build();

    private static Notification notification(String alertname, String status, double at) {
        return new Notification("sample", status, Map.of("alertname", alertname),
                List.of(new Notification.AlertState(Map.of("alertname", alertname, "instance", "1"), status)), at,
                "{}/{scenario=\"sample\"}:{alertname=\"" + alertname + "\"}", "4");
    }

    private static final List<Notification> REFERENCE = List.of(
            notification("Disk", "firing", 1.0), notification("Cpu", "firing", 1.1),
            notification("Disk", "resolved", 5.0));

    @Test
    void identicalSequencesMatch() {
        NotificationComparison.Row row = NotificationComparison.compare(SCENARIO, REFERENCE, List.copyOf(REFERENCE));
        assertTrue(row.matches(), row.why().toString());
    }

    @Test
    void interleavingAcrossGroupsIsNotADifference() {
        List<Notification> swapped = List.of(REFERENCE.get(1), REFERENCE.get(0), REFERENCE.get(2));
        assertTrue(NotificationComparison.compare(SCENARIO, REFERENCE, swapped).matches());
    }

    @Test
    void aDroppedNotificationIsAMismatch() {
        List<Notification> dropped = new ArrayList<>(REFERENCE);
        dropped.remove(2);
        NotificationComparison.Row row = NotificationComparison.compare(SCENARIO, REFERENCE, dropped);
        assertFalse(row.matches());
        assertEquals(3, row.countA());
        assertEquals(2, row.countB());
        assertTrue(row.why().get(0).contains("3 notifications against 2"), row.why().toString());
    }

    @Test
    void aDifferentStatusIsAMismatch() {
        List<Notification> changed = List.of(REFERENCE.get(0), REFERENCE.get(1), notification("Disk", "firing", 5.0));
        assertFalse(NotificationComparison.compare(SCENARIO, REFERENCE, changed).matches());
    }

    @Test
    void aDifferentGroupIsAMismatch() {
        List<Notification> regrouped = List.of(REFERENCE.get(0), notification("Mem", "firing", 1.1), REFERENCE.get(2));
        NotificationComparison.Row row = NotificationComparison.compare(SCENARIO, REFERENCE, regrouped);
        assertFalse(row.matches());
        assertTrue(row.why().stream().anyMatch(w -> w.contains("alertname=Cpu")), row.why().toString());
    }

    @Test
    void aNotificationOneTickLateIsAMismatchButJitterIsNot() {
        List<Notification> jitter = List.of(notification("Disk", "firing", 2.2), REFERENCE.get(1), REFERENCE.get(2));
        assertTrue(NotificationComparison.compare(SCENARIO, REFERENCE, jitter).matches());
        List<Notification> late = List.of(notification("Disk", "firing", 3.0), REFERENCE.get(1), REFERENCE.get(2));
        NotificationComparison.Row row = NotificationComparison.compare(SCENARIO, REFERENCE, late);
        assertFalse(row.matches());
        assertEquals(2.0, row.maxTimingDifference(), 1e-9);
    }

    @Test
    void theMarkdownTableNamesEveryScenarioAndItsVerdict() {
        var a = new ScenarioRunner.TargetRun("a", Map.of("sample", REFERENCE), "");
        var b = new ScenarioRunner.TargetRun("b", Map.of("sample", REFERENCE.subList(0, 2)), "");
        NotificationComparison comparison = NotificationComparison.compare(List.of(SCENARIO), a, b);
        assertFalse(comparison.allMatch());
        String table = comparison.toMarkdown();
        assertTrue(table.startsWith("| scenario | a | b | verdict |"), table);
        assertTrue(table.contains("| sample | 3 | 2 | MISMATCH"), table);
    }

    @Test
    void theToleranceGrowsWithTheGroupInterval() {
        assertEquals(1.5, NotificationComparison.tolerance(SCENARIO));
        Scenario slow = Scenario.named("slow").route("group_interval: 1m").build();
        assertEquals(15.0, NotificationComparison.tolerance(slow));
    }
}

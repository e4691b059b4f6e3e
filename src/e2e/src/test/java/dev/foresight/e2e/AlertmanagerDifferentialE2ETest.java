package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Plays every scenario against the real Alertmanager (the reference) and a candidate, at once,
 * and requires the same notifications from alert-route. (With a second real Alertmanager as the
 * candidate, every scenario matches: the tolerances accept the real thing's own jitter.)
 */
class AlertmanagerDifferentialE2ETest {
    private static final Path REPORT = Path.of("target", "alertmanager-differential.md");

    /** The reference every candidate is held to. */
    static AlertmanagerApi reference() throws Exception {
        return AlertmanagerPeer.start("alertmanager-a");
    }

    /** The implementation under comparison: Foresight's alert-route, started as a drop-in. */
    static AlertmanagerApi candidate() throws Exception {
        return AlertRoutePeer.start();
    }

    @Test
    void everyScenarioNotifiesAsTheRealAlertmanagerDoes() throws Exception {
        List<Scenario> scenarios = AlertmanagerScenarios.all();
        try (AlertmanagerApi reference = reference(); AlertmanagerApi candidate = candidate()) {
            List<ScenarioRunner.TargetRun> runs = new ScenarioRunner(scenarios).run(List.of(reference, candidate));
            NotificationComparison comparison = NotificationComparison.compare(scenarios, runs.get(0), runs.get(1));
            String table = comparison.toMarkdown();
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, table + "\n" + details(scenarios, runs));
            System.out.println(table);

            // The reference's own counts, so a harness that records nothing on both sides cannot pass.
            for (Scenario scenario : scenarios) {
                if (scenario.expectedNotifications() >= 0) {
                    assertEquals(scenario.expectedNotifications(), runs.get(0).of(scenario.name()).size(),
                            scenario.name() + " on the reference:\n" + lines(runs.get(0).of(scenario.name())));
                }
            }
            assertTrue(comparison.allMatch(), "mismatches:\n" + table + "\n" + details(scenarios, runs));
        }
    }

    private static String details(List<Scenario> scenarios, List<ScenarioRunner.TargetRun> runs) {
        StringBuilder out = new StringBuilder();
        for (Scenario scenario : scenarios) {
            out.append("## ").append(scenario.name()).append('\n');
            for (ScenarioRunner.TargetRun run : runs) {
                out.append("### ").append(run.target()).append('\n').append(lines(run.of(scenario.name())));
            }
        }
        return out.toString();
    }

    private static String lines(List<Notification> notifications) {
        return notifications.stream().map(n -> "    " + n + "\n").collect(Collectors.joining());
    }
}

package dev.foresight.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what two targets notified, scenario by scenario: the same groups (receiver plus group
 * labels), in each group the same number of notifications with the same status and alerts in the
 * same order, each pair arriving within {@link #tolerance(Scenario)} of the other. Order across
 * groups is not compared: groups flush on independent timers, so their interleaving is not part
 * of Alertmanager's contract.
 */
final class NotificationComparison {

    /** One scenario's verdict; {@code why} is empty when the two sides match. */
    record Row(String scenario, int countA, int countB, double maxTimingDifference, double tolerance, List<String> why) {
        boolean matches() {
            return why.isEmpty();
        }
    }

    private final String nameA;
    private final String nameB;
    private final List<Row> rows;

    private NotificationComparison(String nameA, String nameB, List<Row> rows) {
        this.nameA = nameA;
        this.nameB = nameB;
        this.rows = List.copyOf(rows);
    }

    /**
     * The timing tolerance: max(1.5 s, 25 % of the scenario's longest group_interval). 1.5 s absorbs
     * process scheduling and HTTP latency on a loaded 2-core machine; a notification that moved by a
     * whole group_interval tick (≥ 2 s here) still fails.
     */
    static double tolerance(Scenario scenario) {
        return Math.max(1.5, 0.25 * scenario.groupIntervalSeconds());
    }

    static NotificationComparison compare(List<Scenario> scenarios, ScenarioRunner.TargetRun a, ScenarioRunner.TargetRun b) {
        List<Row> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            rows.add(compare(scenario, a.of(scenario.name()), b.of(scenario.name())));
        }
        return new NotificationComparison(a.target(), b.target(), rows);
    }

    static Row compare(Scenario scenario, List<Notification> a, List<Notification> b) {
        double tolerance = tolerance(scenario);
        List<String> why = new ArrayList<>();
        if (a.size() != b.size()) {
            why.add(a.size() + " notifications against " + b.size());
        }
        Map<String, List<Notification>> groupsA = byGroup(a);
        Map<String, List<Notification>> groupsB = byGroup(b);
        Set<String> groups = new LinkedHashSet<>(groupsA.keySet());
        groups.addAll(groupsB.keySet());
        double maxDifference = 0;
        for (String group : groups) {
            List<Notification> ga = groupsA.getOrDefault(group, List.of());
            List<Notification> gb = groupsB.getOrDefault(group, List.of());
            if (ga.size() != gb.size()) {
                why.add("group " + group + ": " + ga.size() + " against " + gb.size());
            }
            for (int i = 0; i < Math.min(ga.size(), gb.size()); i++) {
                Notification na = ga.get(i);
                Notification nb = gb.get(i);
                if (!na.content().equals(nb.content())) {
                    why.add("group " + group + " #" + (i + 1) + ": " + na.content() + " against " + nb.content());
                }
                double difference = Math.abs(na.offsetSeconds() - nb.offsetSeconds());
                maxDifference = Math.max(maxDifference, difference);
                if (difference > tolerance) {
                    why.add(String.format(Locale.ROOT, "group %s #%d: at %.2f s against %.2f s (tolerance %.2f s)",
                            group, i + 1, na.offsetSeconds(), nb.offsetSeconds(), tolerance));
                }
            }
        }
        return new Row(scenario.name(), a.size(), b.size(), maxDifference, tolerance, List.copyOf(why));
    }

    private static Map<String, List<Notification>> byGroup(List<Notification> notifications) {
        Map<String, List<Notification>> groups = new LinkedHashMap<>();
        notifications.forEach(n -> groups.computeIfAbsent(n.group(), g -> new ArrayList<>()).add(n));
        return groups;
    }

    List<Row> rows() {
        return rows;
    }

    boolean allMatch() {
        return rows.stream().allMatch(Row::matches);
    }

    List<Row> mismatches() {
        return rows.stream().filter(r -> !r.matches()).toList();
    }

    /** The table for a report: one row per scenario. */
    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | ").append(nameA).append(" | ").append(nameB)
                .append(" | verdict | max Δt (s) | tolerance (s) |\n");
        out.append("|---|---:|---:|---|---:|---:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.2f | %.2f |%n", row.scenario(), row.countA(),
                    row.countB(), row.matches() ? "match" : "MISMATCH: " + String.join("; ", row.why()).replace("|", "\\|"),
                    row.maxTimingDifference(), row.tolerance()));
        }
        return out.toString();
    }
}

package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.am.notify.DedupDecision;
import dev.foresight.alertroute.am.notify.LogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one flush of an aggregation group does, decided without I/O, as Alertmanager's
 * notification pipeline decides it: muted alerts (silenced or inhibited) are left out; a route
 * muted by its time intervals sends nothing; each integration is told only when its log says the
 * group changed or its repeat interval passed; an integration without {@code send_resolved} gets
 * only the firing alerts (and nothing when none fire, though its log still records them).
 * Afterwards the alerts that had ended leave the group.
 */
public record FlushPlan(List<Send> sends, List<Long> leaving) {

    /** A notification to make: {@code alerts} may be empty, in which case only the log is written. */
    public record Send(Integration integration, List<GroupAlert> alerts, int truncated, LogEntry entry, boolean firing) {}

    public static FlushPlan of(Collection<GroupAlert> members, Set<String> muted, boolean timeMuted,
            List<Integration> integrations, Map<String, LogEntry> log, Duration repeatInterval, Instant now) {
        // one alert per fingerprint: a member replaced by a newer occurrence of its labels leaves
        Map<String, GroupAlert> newest = new LinkedHashMap<>();
        List<Long> leaving = new ArrayList<>();
        members.stream().sorted((a, b) -> Long.compare(b.id(), a.id())).forEach(alert -> {
            if (newest.putIfAbsent(alert.fingerprint(), alert) != null) {
                leaving.add(alert.id());
            }
        });
        newest.values().stream().filter(alert -> alert.resolvedAt(now)).forEach(alert -> leaving.add(alert.id()));

        List<GroupAlert> shown = newest.values().stream().filter(alert -> !muted.contains(alert.fingerprint()))
                .sorted(AlertOrder.INSTANCE).toList();
        if (shown.isEmpty() || timeMuted) {
            return new FlushPlan(List.of(), leaving);
        }
        Set<String> firing = new TreeSet<>();
        Set<String> resolved = new TreeSet<>();
        shown.forEach(alert -> (alert.resolvedAt(now) ? resolved : firing).add(alert.fingerprint()));
        LogEntry entry = new LogEntry(firing, resolved, now);

        List<Send> sends = new ArrayList<>();
        for (Integration integration : integrations) {
            Optional<LogEntry> previous = Optional.ofNullable(log.get(integration.id()));
            if (!DedupDecision.needsUpdate(previous, firing, resolved, integration.sendResolved(), repeatInterval, now)) {
                continue;
            }
            List<GroupAlert> told = integration.sendResolved() ? shown
                    : shown.stream().filter(alert -> !alert.resolvedAt(now)).toList();
            int truncated = 0;
            if (integration.maxAlerts() > 0 && told.size() > integration.maxAlerts()) {
                truncated = told.size() - integration.maxAlerts();
                told = told.subList(0, integration.maxAlerts());
            }
            boolean anyFiring = told.stream().anyMatch(alert -> !alert.resolvedAt(now));
            sends.add(new Send(integration, List.copyOf(told), truncated, entry, anyFiring));
        }
        return new FlushPlan(sends, leaving);
    }
}

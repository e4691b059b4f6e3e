package dev.foresight.e2e;

import static dev.foresight.e2e.ScenarioStep.Alert;

import java.util.List;

/**
 * The routing behaviours compared between implementations. Timings are short (group_wait 1 s,
 * group_interval 2 s unless a scenario overrides them), so a group of the root's defaults flushes
 * at about 1, 3, 5, 7 … s after its first alert; every later step sits midway between two flushes,
 * so jitter cannot move it into a neighbouring one. Alerts carry endsAt one hour ahead unless a
 * scenario says otherwise: only resolve-by-timeout depends on the global resolve_timeout (6 s).
 */
final class AlertmanagerScenarios {
    private AlertmanagerScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                groupByLabels(), groupByAll(), groupByNone(), groupIntervalUpdate(), repeatInterval(),
                sendResolved(), resolveByEndsAt(), resolveByTimeout(), continueToTwoReceivers(),
                regexMatchersAreAnchored(), inhibitionWithEqual(), silenceAndExpiry(), muteTimeInterval(),
                activeTimeInterval(), perRouteTimings());
    }

    /** Two groups: (Disk, db) holds two alerts, (Disk, web) one. */
    static Scenario groupByLabels() {
        return Scenario.named("group-by-labels")
                .route("group_by: [alertname, service]")
                .post(0, Alert.of("Disk", "service=db", "instance=1"), Alert.of("Disk", "service=db", "instance=2"),
                        Alert.of("Disk", "service=web", "instance=1"))
                .runFor(4).expectNotifications(2).build();
    }

    /** {@code '...'}: every distinct label set is its own group. */
    static Scenario groupByAll() {
        return Scenario.named("group-by-all")
                .route("group_by: ['...']")
                .post(0, Alert.of("Disk", "instance=1"), Alert.of("Disk", "instance=2"), Alert.of("Cpu", "instance=1"))
                .runFor(4).expectNotifications(3).build();
    }

    /** An empty group_by: one group, empty group labels. */
    static Scenario groupByNone() {
        return Scenario.named("group-by-none")
                .route("group_by: []")
                .post(0, Alert.of("Disk", "instance=1"), Alert.of("Cpu", "instance=1"), Alert.of("Mem", "instance=3"))
                .runFor(4).expectNotifications(1).build();
    }

    /** A second alert joins a notified group: notified again at the next group_interval tick (~3 s). */
    static Scenario groupIntervalUpdate() {
        return Scenario.named("group-interval-update")
                .route("group_by: [alertname]")
                .post(0, Alert.of("Disk", "instance=1"))
                .post(2, Alert.of("Disk", "instance=2"))
                .runFor(6).expectNotifications(2).build();
    }

    /** Nothing changes: re-notified once repeat_interval (5 s) has passed, at a tick: ~1, ~7, ~13 s. */
    static Scenario repeatInterval() {
        return Scenario.named("repeat-interval")
                .route("""
                        group_by: [alertname]
                        repeat_interval: 5s
                        """)
                .post(0, Alert.of("Disk", "instance=1"))
                .runFor(14).expectNotifications(3).build();
    }

    /** Same alerts, two receivers: only the one with send_resolved is told of the resolution. */
    static Scenario sendResolved() {
        return Scenario.named("send-resolved")
                .route("""
                        group_by: [alertname]
                        routes:
                          - matchers: ['case="loud"']
                            receiver: loud
                          - matchers: ['case="quiet"']
                            receiver: quiet
                        """)
                .receiver("loud", true).receiver("quiet", false)
                .post(0, Alert.of("Disk", "case=loud").endsAt(4), Alert.of("Disk", "case=quiet").endsAt(4))
                .runFor(8).expectNotifications(3).build();
    }

    /** Re-posted with endsAt = now: resolved at the next tick (~5 s). */
    static Scenario resolveByEndsAt() {
        return Scenario.named("resolve-by-endsat")
                .route("group_by: [alertname]")
                .post(0, Alert.of("Disk", "instance=1"))
                .post(4, Alert.of("Disk", "instance=1").startsAt(0).endsAt(4))
                .runFor(8).expectNotifications(2).build();
    }

    /** Posted without endsAt and never again: resolved by resolve_timeout (6 s) at the tick after (~7 s). */
    static Scenario resolveByTimeout() {
        return Scenario.named("resolve-by-timeout")
                .route("group_by: [alertname]")
                .post(0, Alert.of("Disk", "instance=1").withoutEndsAt())
                .runFor(10).expectNotifications(2).build();
    }

    /** {@code continue: true}: the alert reaches both receivers; another falls through to the default. */
    static Scenario continueToTwoReceivers() {
        return Scenario.named("continue-two-receivers")
                .route("""
                        group_by: [alertname]
                        routes:
                          - matchers: ['alertname="Fanout"']
                            receiver: first
                            continue: true
                          - matchers: ['alertname="Fanout"']
                            receiver: second
                        """)
                .receiver("first", true).receiver("second", true)
                .post(0, Alert.of("Fanout", "instance=1"), Alert.of("Other", "instance=1"))
                .runFor(4).expectNotifications(3).build();
    }

    /** Regex matchers are anchored: {@code service=~"db"} takes db, not dbx. */
    static Scenario regexMatchersAreAnchored() {
        return Scenario.named("regex-anchored")
                .route("""
                        group_by: [service]
                        routes:
                          - matchers: ['service=~"db"']
                            receiver: db
                        """)
                .receiver("db", true)
                .post(0, Alert.of("Disk", "service=db"), Alert.of("Disk", "service=dbx"))
                .runFor(4).expectNotifications(2).build();
    }

    /**
     * A critical alert inhibits warnings equal on {@code cluster}; a label absent on both sides
     * counts as equal, so the warning without cluster is inhibited and the one on cluster b is not.
     */
    static Scenario inhibitionWithEqual() {
        return Scenario.named("inhibit-equal")
                .route("group_by: ['...']")
                .inhibitRule("""
                        source_matchers: ['severity="critical"']
                        target_matchers: ['severity="warning"']
                        equal: [cluster]
                        """)
                .post(0, Alert.of("Outage", "severity=critical"), Alert.of("Slow", "severity=warning"),
                        Alert.of("Slow", "severity=warning", "cluster=b"))
                .runFor(4).expectNotifications(2).build();
    }

    /** A silenced alert is not notified; once the silence is expired (4.2 s) it is, at the next tick (~5.2 s). */
    static Scenario silenceAndExpiry() {
        return Scenario.named("silence-expiry")
                .route("group_by: [alertname]")
                .silence(0, "quiet", 60, "alertname=\"Quiet\"")
                .post(0.2, Alert.of("Quiet", "instance=1"), Alert.of("Loud", "instance=1"))
                .expire(4.2, "quiet")
                .runFor(8).expectNotifications(2).build();
    }

    /** A mute interval covering all times silences its route; the route beside it notifies. */
    static Scenario muteTimeInterval() {
        return Scenario.named("mute-time-interval")
                .route("""
                        group_by: [alertname]
                        routes:
                          - matchers: ['case="muted"']
                            receiver: muted
                            mute_time_intervals: [always]
                          - matchers: ['case="open"']
                            receiver: open
                        """)
                .receiver("muted", true).receiver("open", true)
                .timeInterval("""
                        name: always
                        time_intervals:
                          - weekdays: ['sunday:saturday']
                        """)
                .post(0, Alert.of("Disk", "case=muted"), Alert.of("Disk", "case=open"))
                .runFor(4).expectNotifications(1).build();
    }

    /** An active interval that never matches keeps its route quiet; one that always matches does not. */
    static Scenario activeTimeInterval() {
        return Scenario.named("active-time-interval")
                .route("""
                        group_by: [alertname]
                        routes:
                          - matchers: ['case="never"']
                            receiver: never
                            active_time_intervals: [in-1999]
                          - matchers: ['case="always"']
                            receiver: always
                            active_time_intervals: [always]
                        """)
                .receiver("never", true).receiver("always", true)
                .timeInterval("""
                        name: in-1999
                        time_intervals:
                          - years: ['1999']
                        """)
                .timeInterval("""
                        name: always
                        time_intervals:
                          - weekdays: ['sunday:saturday']
                        """)
                .post(0, Alert.of("Disk", "case=never"), Alert.of("Disk", "case=always"))
                .runFor(4).expectNotifications(1).build();
    }

    /** A child route's own group_wait 3 s / group_interval 4 s: ~3 s and ~7 s, while its parent's group flushes at ~1 s. */
    static Scenario perRouteTimings() {
        return Scenario.named("per-route-timings")
                .route("""
                        group_by: [alertname]
                        routes:
                          - matchers: ['tier="slow"']
                            receiver: slow
                            group_wait: 3s
                            group_interval: 4s
                        """)
                .receiver("slow", true)
                .post(0, Alert.of("Fast", "tier=fast"), Alert.of("Slow", "tier=slow", "instance=1"))
                .post(5, Alert.of("Slow", "tier=slow", "instance=2"))
                .runFor(9).expectNotifications(3).build();
    }
}

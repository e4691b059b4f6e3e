package dev.foresight.alertroute.am.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.config.ConfigParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tree of Alertmanager's dispatch/route_test.go TestRouteMatch, read through our parser. */
class RouteTest {
    private static final String TREE = """
            route:
              receiver: notify-def
              routes:
                - match:
                    owner: team-A
                  receiver: notify-A
                  routes:
                    - match:
                        env: testing
                      receiver: notify-testing
                      group_by: ['...']
                    - match:
                        env: production
                      receiver: notify-productionA
                      group_wait: 1m
                      continue: true
                    - match_re:
                        env: produ.*
                        job: .*
                      receiver: notify-productionB
                      group_wait: 30s
                      group_interval: 5m
                      repeat_interval: 1h
                      group_by: [job]
                - match_re:
                    owner: team-(B|C)
                  group_by: [foo, bar]
                  group_wait: 2m
                  receiver: notify-BC
                - match:
                    group_by: role
                  group_by: [role]
                  routes:
                    - match:
                        env: testing
                      receiver: notify-testing
                      routes:
                        - match:
                            wait: long
                          group_wait: 2m
            receivers:
              - name: notify-def
              - name: notify-A
              - name: notify-testing
              - name: notify-productionA
              - name: notify-productionB
              - name: notify-BC
            """;
    private static final Route ROOT = Route.root(ConfigParser.parse(TREE).route());

    private record Expect(String receiver, Set<String> groupBy, boolean all, Duration groupWait, Duration repeat) {}

    private static Expect expect(String receiver, Set<String> groupBy, Duration groupWait) {
        return new Expect(receiver, groupBy, false, groupWait, Duration.ofHours(4));
    }

    static Stream<Arguments> alerts() {
        Duration wait = Duration.ofSeconds(30);
        return Stream.of(
                Arguments.of("nothing matches: the root", Map.of("x", "y"),
                        List.of(expect("notify-def", Set.of(), wait))),
                Arguments.of("a team route without a matching child", Map.of("owner", "team-A"),
                        List.of(expect("notify-A", Set.of(), wait))),
                Arguments.of("regex owner", Map.of("owner", "team-B"),
                        List.of(expect("notify-BC", Set.of("foo", "bar"), Duration.ofMinutes(2)))),
                Arguments.of("regex is anchored: team-Bx goes to the root", Map.of("owner", "team-Bx"),
                        List.of(expect("notify-def", Set.of(), wait))),
                Arguments.of("group by all in a child", Map.of("owner", "team-A", "env", "testing"),
                        List.of(new Expect("notify-testing", Set.of(), true, wait, Duration.ofHours(4)))),
                Arguments.of("continue matches the next sibling too", Map.of("owner", "team-A", "env", "production"),
                        List.of(expect("notify-productionA", Set.of(), Duration.ofMinutes(1)),
                                new Expect("notify-productionB", Set.of("job"), false, wait, Duration.ofHours(1)))),
                Arguments.of("receiver inherited from the root", Map.of("group_by", "role"),
                        List.of(expect("notify-def", Set.of("role"), wait))),
                Arguments.of("group_by inherited two levels down", Map.of("group_by", "role", "env", "testing"),
                        List.of(expect("notify-testing", Set.of("role"), wait))),
                Arguments.of("group_wait override in a grandchild", Map.of("group_by", "role", "env", "testing", "wait", "long"),
                        List.of(expect("notify-testing", Set.of("role"), Duration.ofMinutes(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alerts")
    void matchesLikeAlertmanager(String name, Map<String, String> labels, List<Expect> expected) {
        List<Expect> actual = ROOT.match(labels).stream()
                .map(r -> new Expect(r.receiver(), r.groupBy().labels(), r.groupBy().all(), r.groupWait(), r.repeatInterval()))
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void defaultsAtTheRoot() {
        assertEquals(Duration.ofSeconds(30), ROOT.groupWait());
        assertEquals(Duration.ofMinutes(5), ROOT.groupInterval());
        assertEquals(Duration.ofHours(4), ROOT.repeatInterval());
        assertEquals(GroupBy.NONE, ROOT.groupBy());
        assertFalse(ROOT.continueMatching());
    }

    @Test
    void keysAndIdsAreAlertmanagers() {
        Route teamA = ROOT.routes().get(0);
        Route productionB = teamA.routes().get(2);
        assertEquals("{}", ROOT.key());
        assertEquals("{}", ROOT.id());
        assertEquals("{}/{owner=\"team-A\"}", teamA.key());
        assertEquals("{}/{owner=\"team-A\"}/0", teamA.id());
        assertEquals("{}/{owner=\"team-A\"}/{env=~\"produ.*\",job=~\".*\"}", productionB.key());
        assertEquals("{}/{owner=\"team-A\"}/{env=~\"produ.*\",job=~\".*\"}/2", productionB.id());
    }

    @Test
    void siblingsWithTheSameMatchersShareAKeyButNotAnId() {
        Route root = Route.root(ConfigParser.parse("""
                route:
                  receiver: a
                  routes:
                    - {matchers: [x=1], receiver: a}
                    - {matchers: [x=1], receiver: b}
                receivers: [{name: a}, {name: b}]
                """).route());
        assertEquals(root.routes().get(0).key(), root.routes().get(1).key());
        assertEquals("{}/{x=\"1\"}/0", root.routes().get(0).id());
        assertEquals("{}/{x=\"1\"}/1", root.routes().get(1).id());
    }

    /**
     * Checked against Alertmanager 0.25: under a child muted at all times, an alert routed to that
     * child's own child was still notified.
     */
    @Test
    void timeIntervalsAreNotInherited() {
        Route root = Route.root(ConfigParser.parse("""
                route:
                  receiver: a
                  routes:
                    - matchers: [team=db]
                      mute_time_intervals: [night]
                      active_time_intervals: [office]
                      routes:
                        - matchers: [severity=critical]
                time_intervals:
                  - {name: night, time_intervals: []}
                  - {name: office, time_intervals: []}
                receivers: [{name: a}]
                """).route());
        Route team = root.routes().get(0);
        assertEquals(List.of("night"), team.muteTimeIntervals());
        assertEquals(List.of("office"), team.activeTimeIntervals());
        assertEquals(List.of(), team.routes().get(0).muteTimeIntervals());
        assertEquals(List.of(), team.routes().get(0).activeTimeIntervals());
    }

    @Test
    void groupByAllThenNamedLabelsInAChild() {
        Route root = Route.root(ConfigParser.parse("""
                route:
                  receiver: a
                  group_by: ['...']
                  routes:
                    - matchers: [team=db]
                      group_by: [alertname]
                    - matchers: [team=web]
                    - matchers: [team=ops]
                      group_by: []
                receivers: [{name: a}]
                """).route());
        assertTrue(root.groupBy().all());
        assertEquals(new GroupBy(Set.of("alertname"), false), root.routes().get(0).groupBy());
        assertTrue(root.routes().get(1).groupBy().all(), "inherited");
        assertTrue(root.routes().get(2).groupBy().all(), "an empty list keeps the parent's, as in Alertmanager");
    }

    @Test
    void groupLabelsAndGroupKey() {
        Route teamB = ROOT.routes().get(1);
        Map<String, String> labels = Map.of("owner", "team-B", "foo", "1", "alertname", "X");
        Map<String, String> group = teamB.groupLabels(labels);
        assertEquals(Map.of("foo", "1"), group, "bar is absent on the alert, so it is left out");
        assertEquals("{}/{owner=~\"team-(B|C)\"}:{foo=\"1\"}", teamB.groupKey(group));

        Route all = ROOT.match(Map.of("owner", "team-A", "env", "testing")).get(0);
        Map<String, String> everything = Map.of("owner", "team-A", "env", "testing");
        assertEquals(everything, all.groupLabels(everything));
        assertEquals("{}/{owner=\"team-A\"}/{env=\"testing\"}:{env=\"testing\", owner=\"team-A\"}",
                all.groupKey(all.groupLabels(everything)));
        assertEquals("{}:{}", ROOT.groupKey(ROOT.groupLabels(Map.of("a", "b"))));
    }

    @Test
    void walksDepthFirst() {
        List<String> receivers = new ArrayList<>();
        ROOT.walk(r -> receivers.add(r.receiver()));
        assertEquals(List.of("notify-def", "notify-A", "notify-testing", "notify-productionA", "notify-productionB",
                "notify-BC", "notify-def", "notify-testing", "notify-testing"), receivers);
    }
}

package dev.foresight.alertroute.am.inhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.am.matcher.Matchers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inhibitor.Mutes cases after Alertmanager's inhibit/inhibit_test.go. */
class InhibitionTest {
    private static InhibitRule rule(String source, String target, String... equal) {
        return new InhibitRule(Matchers.parse(source), Matchers.parse(target), Set.of(equal));
    }

    private static FiringAlert firing(Map<String, String> labels) {
        return new FiringAlert(LabelSets.fingerprint(labels), labels);
    }

    private static final Map<String, String> CRITICAL_DB = Map.of("alertname", "DbDown", "severity", "critical", "cluster", "c1");
    private static final InhibitRule CRIT_OVER_WARN = rule("severity=critical", "severity=warning", "cluster");

    static Stream<Arguments> cases() {
        Map<String, String> warnC1 = Map.of("alertname", "Slow", "severity", "warning", "cluster", "c1");
        Map<String, String> warnC2 = Map.of("alertname", "Slow", "severity", "warning", "cluster", "c2");
        Map<String, String> warnNoCluster = Map.of("alertname", "Slow", "severity", "warning");
        Map<String, String> critNoCluster = Map.of("alertname", "Down", "severity", "critical");
        Map<String, String> bothA = Map.of("alertname", "A", "role", "both", "zone", "z");
        Map<String, String> bothB = Map.of("alertname", "B", "role", "both", "zone", "z");
        Map<String, String> sourceOnly = Map.of("alertname", "S", "kind", "source", "zone", "z");
        InhibitRule twoSided = rule("zone=z", "role=both", "zone");
        return Stream.of(
                Arguments.of("equal label matches", warnC1, List.of(CRIT_OVER_WARN), List.of(firing(CRITICAL_DB)),
                        Optional.of(LabelSets.fingerprint(CRITICAL_DB))),
                Arguments.of("equal label differs", warnC2, List.of(CRIT_OVER_WARN), List.of(firing(CRITICAL_DB)), Optional.empty()),
                Arguments.of("equal label absent on the target only", warnNoCluster, List.of(CRIT_OVER_WARN),
                        List.of(firing(CRITICAL_DB)), Optional.empty()),
                Arguments.of("equal label absent on both counts as equal", warnNoCluster, List.of(CRIT_OVER_WARN),
                        List.of(firing(critNoCluster)), Optional.of(LabelSets.fingerprint(critNoCluster))),
                Arguments.of("target matchers not met", CRITICAL_DB, List.of(CRIT_OVER_WARN), List.of(firing(CRITICAL_DB)),
                        Optional.empty()),
                Arguments.of("no source firing", warnC1, List.of(CRIT_OVER_WARN), List.of(firing(warnC2)), Optional.empty()),
                Arguments.of("no rules", warnC1, List.of(), List.of(firing(CRITICAL_DB)), Optional.empty()),
                Arguments.of("two-sided: a source that also matches the target side does not count", bothA,
                        List.of(twoSided), List.of(firing(bothA), firing(bothB)), Optional.empty()),
                Arguments.of("two-sided: a source matching only the source side does", bothA,
                        List.of(twoSided), List.of(firing(bothB), firing(sourceOnly)), Optional.of(LabelSets.fingerprint(sourceOnly))),
                Arguments.of("one-sided target is inhibited by a both-sided source", Map.of("role", "both", "zone", "z", "x", "1"),
                        List.of(rule("zone=z", "x=1", "zone")), List.of(firing(bothA)), Optional.of(LabelSets.fingerprint(bothA))),
                Arguments.of("an alert never inhibits itself", Map.of("a", "1"), List.of(rule("a=1", "a=~\".*\"")),
                        List.of(firing(Map.of("a", "1"))), Optional.empty()),
                Arguments.of("the first rule that mutes wins", warnC1,
                        List.of(rule("alertname=Nope", "severity=warning"), CRIT_OVER_WARN),
                        List.of(firing(CRITICAL_DB)), Optional.of(LabelSets.fingerprint(CRITICAL_DB))),
                Arguments.of("regex source is anchored", warnC1, List.of(rule("severity=~crit", "severity=warning")),
                        List.of(firing(CRITICAL_DB)), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mutesLikeAlertmanager(String name, Map<String, String> target, List<InhibitRule> rules, List<FiringAlert> firing,
            Optional<String> expected) {
        assertEquals(expected, Inhibition.inhibitedBy(target, rules, firing));
    }
}

package dev.foresight.alertroute.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeverityRuleParserTest {
    @Test
    void readsEveryCondition() {
        SeverityRules rules = SeverityRuleParser.parse(List.of("critical: type=failure|cascade confidence>=0.8 ttf<600", "low"));
        assertEquals(List.of(
                new SeverityRule(Severity.CRITICAL, Set.of("failure", "cascade"), 0.8, 600.0),
                new SeverityRule(Severity.LOW, Set.of(), null, null)), rules.rules());
    }

    @Test
    void severityAndTypesAreCaseInsensitive() {
        assertEquals(new SeverityRule(Severity.HIGH, Set.of("cascade"), null, null),
                SeverityRuleParser.parse(List.of(" HIGH :  type=Cascade ")).rules().get(0));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("unknown severity", List.of("low", "urgent: type=failure"),
                        "rule 2 \"urgent: type=failure\": unknown severity \"urgent\"; expected one of critical, high, medium, low"),
                Arguments.of("confidence above 1", List.of("high: confidence>=1.5"),
                        "rule 1 \"high: confidence>=1.5\": confidence 1.5 is outside [0, 1]"),
                Arguments.of("negative confidence", List.of("high: confidence>=-0.1"),
                        "rule 1 \"high: confidence>=-0.1\": confidence -0.1 is outside [0, 1]"),
                Arguments.of("confidence not a number", List.of("high: confidence>=lots"),
                        "rule 1 \"high: confidence>=lots\": \"lots\" in \"confidence>=lots\" is not a finite number"),
                Arguments.of("infinite time to failure", List.of("high: ttf<Infinity"),
                        "rule 1 \"high: ttf<Infinity\": \"Infinity\" in \"ttf<Infinity\" is not a finite number"),
                Arguments.of("negative time to failure", List.of("high: ttf<-5"),
                        "rule 1 \"high: ttf<-5\": time to failure -5 must be >= 0"),
                Arguments.of("unknown condition", List.of("high: service=db"),
                        "rule 1 \"high: service=db\": unknown condition \"service=db\"; expected type=a|b, confidence>=x or ttf<seconds"),
                Arguments.of("empty type", List.of("high: type=failure|"),
                        "rule 1 \"high: type=failure|\": \"type=failure|\" names an empty type"),
                Arguments.of("repeated condition", List.of("high: confidence>=0.5 confidence>=0.6"),
                        "rule 1 \"high: confidence>=0.5 confidence>=0.6\": condition \"confidence\" is given twice"),
                Arguments.of("empty table", List.of(), "at least one rule is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusesWithAPreciseMessage(String name, List<String> specs, String message) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> SeverityRuleParser.parse(specs));
        assertEquals(message, failure.getMessage());
    }
}

package dev.foresight.alertroute.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.config.AlertRouteConfig;
import io.smallrye.config.WithDefault;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped severity table (the default in {@link AlertRouteConfig}) against the documented rules. */
class SeverityRulesTest {
    private static final SeverityRules SHIPPED = SeverityRuleParser.parse(shippedDefault());

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("failure, confident and soon is critical", "failure", 0.9, 120.0, Severity.CRITICAL),
                Arguments.of("failure at exactly 0.8 confidence and 599 s is critical", "failure", 0.8, 599.0, Severity.CRITICAL),
                Arguments.of("failure at exactly 600 s is only high", "failure", 0.9, 600.0, Severity.HIGH),
                Arguments.of("confident failure without a time to failure is high", "failure", 0.95, null, Severity.HIGH),
                Arguments.of("confident failure far away is high", "failure", 0.85, 3600.0, Severity.HIGH),
                Arguments.of("cascade is high whatever its confidence", "cascade", 0.1, null, Severity.HIGH),
                Arguments.of("cascade soon and confident is still high, not critical", "cascade", 0.99, 10.0, Severity.HIGH),
                Arguments.of("failure below 0.8 but at least 0.5 is medium", "failure", 0.79, 60.0, Severity.MEDIUM),
                Arguments.of("latency is medium without confidence", "latency", null, null, Severity.MEDIUM),
                Arguments.of("latency with low confidence is medium", "latency", 0.1, null, Severity.MEDIUM),
                Arguments.of("anomaly at 0.5 confidence is medium", "anomaly", 0.5, null, Severity.MEDIUM),
                Arguments.of("anomaly below 0.5 confidence is low", "anomaly", 0.49, null, Severity.LOW),
                Arguments.of("failure without confidence is low", "failure", null, 30.0, Severity.LOW),
                Arguments.of("unknown type without confidence is low", "disk", null, null, Severity.LOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifies(String name, String type, Double confidence, Double ttf, Severity expected) {
        assertEquals(expected, SHIPPED.classify(new AlertFacts(type, confidence, ttf)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anAlertNoRuleMatchesIsLow(String name, String type, Double confidence, Double ttf, Severity ignored) {
        SeverityRules onlyCritical = SeverityRuleParser.parse(List.of("critical: type=nothing-matches"));
        assertEquals(Severity.LOW, onlyCritical.classify(new AlertFacts(type, confidence, ttf)));
    }

    private static List<String> shippedDefault() {
        try {
            String value = AlertRouteConfig.Severity.class.getMethod("rules").getAnnotation(WithDefault.class).value();
            return Arrays.stream(value.split(",")).map(String::trim).toList();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}

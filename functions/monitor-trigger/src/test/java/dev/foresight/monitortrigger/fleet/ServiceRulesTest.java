package dev.foresight.monitortrigger.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceRulesTest {

    private static ServiceRequest named(String name) {
        return new ServiceRequest(name, null, null, null, null, null, null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("minimal", named("checkout"), List.of()),
                Arguments.of("all fields", new ServiceRequest("checkout-v2.eu_1", "https://checkout/health", 250.0, 0.01, 0.8, 1.0, null), List.of()),
                Arguments.of("no body", null, List.of(new Problem.FieldError("body", "is required"))),
                Arguments.of("missing name", named(null), List.of(new Problem.FieldError("name", "is required"))),
                Arguments.of("blank name", named(" "), List.of(new Problem.FieldError("name", "is required"))),
                Arguments.of("name with a space", named("check out"), List.of(new Problem.FieldError("name", ServiceRules.NAME_RULE))),
                Arguments.of("name with a colon", named("a:b"), List.of(new Problem.FieldError("name", ServiceRules.NAME_RULE))),
                Arguments.of("name too long", named("a".repeat(101)), List.of(new Problem.FieldError("name", ServiceRules.NAME_RULE))),
                Arguments.of("relative health URL", new ServiceRequest("a", "/health", null, null, null, null, null),
                        List.of(new Problem.FieldError("healthUrl", "must be an absolute http(s) URL"))),
                Arguments.of("ftp health URL", new ServiceRequest("a", "ftp://a/health", null, null, null, null, null),
                        List.of(new Problem.FieldError("healthUrl", "must be an absolute http(s) URL"))),
                Arguments.of("runbook not a URL", new ServiceRequest("a", null, null, null, null, null, "wiki/checkout"),
                        List.of(new Problem.FieldError("runbookUrl", "must be an absolute http(s) URL"))),
                Arguments.of("zero latency SLO", new ServiceRequest("a", null, 0.0, null, null, null, null),
                        List.of(new Problem.FieldError("latencySloMs", "must be greater than 0"))),
                Arguments.of("NaN latency SLO", new ServiceRequest("a", null, Double.NaN, null, null, null, null),
                        List.of(new Problem.FieldError("latencySloMs", "must be a finite number"))),
                Arguments.of("error rate limit 0", new ServiceRequest("a", null, null, 0.0, null, null, null),
                        List.of(new Problem.FieldError("errorRateLimit", "must be greater than 0 and at most 1"))),
                Arguments.of("cpu limit above 1", new ServiceRequest("a", null, null, null, 1.5, null, null),
                        List.of(new Problem.FieldError("cpuLimit", "must be greater than 0 and at most 1"))),
                Arguments.of("every limit wrong", new ServiceRequest("a", null, -1.0, 2.0, 0.0, Double.POSITIVE_INFINITY, null),
                        List.of(new Problem.FieldError("latencySloMs", "must be greater than 0"),
                                new Problem.FieldError("errorRateLimit", "must be greater than 0 and at most 1"),
                                new Problem.FieldError("cpuLimit", "must be greater than 0 and at most 1"),
                                new Problem.FieldError("memoryLimit", "must be a finite number"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void check(String name, ServiceRequest request, List<Problem.FieldError> expected) {
        assertEquals(expected, ServiceRules.check(request));
    }
}

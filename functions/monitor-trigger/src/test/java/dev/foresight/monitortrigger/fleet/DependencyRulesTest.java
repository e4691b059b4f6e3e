package dev.foresight.monitortrigger.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DependencyRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("critical edge", new DependencyRequest("web", "db", "critical", 0.8), List.of()),
                Arguments.of("weight defaults", new DependencyRequest("web", "cache", "optional", null), List.of()),
                Arguments.of("weight 0 and 1 are bounds", new DependencyRequest("web", "db", "fallback", 0.0), List.of()),
                Arguments.of("no body", null, List.of(new Problem.FieldError("body", "is required"))),
                Arguments.of("everything missing", new DependencyRequest(null, null, null, null),
                        List.of(new Problem.FieldError("service", "is required"),
                                new Problem.FieldError("dependsOn", "is required"),
                                new Problem.FieldError("kind", "is required"))),
                Arguments.of("unknown kind", new DependencyRequest("web", "db", "soft", 0.5),
                        List.of(new Problem.FieldError("kind", "must be one of critical, optional, fallback"))),
                Arguments.of("kind is case-sensitive", new DependencyRequest("web", "db", "Critical", 0.5),
                        List.of(new Problem.FieldError("kind", "must be one of critical, optional, fallback"))),
                Arguments.of("weight above 1", new DependencyRequest("web", "db", "critical", 1.2),
                        List.of(new Problem.FieldError("weight", "must be between 0 and 1"))),
                Arguments.of("negative weight", new DependencyRequest("web", "db", "critical", -0.1),
                        List.of(new Problem.FieldError("weight", "must be between 0 and 1"))),
                Arguments.of("NaN weight", new DependencyRequest("web", "db", "critical", Double.NaN),
                        List.of(new Problem.FieldError("weight", "must be a finite number"))),
                Arguments.of("self-dependency", new DependencyRequest("web", "web", "critical", 1.0),
                        List.of(new Problem.FieldError("dependsOn", "must differ from service: a service cannot depend on itself"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void check(String name, DependencyRequest request, List<Problem.FieldError> expected) {
        assertEquals(expected, DependencyRules.check(request));
    }
}

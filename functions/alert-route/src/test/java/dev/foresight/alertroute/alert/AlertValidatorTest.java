package dev.foresight.alertroute.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertValidatorTest {
    private static final int MAX_LABELS = 32;

    private static AlertRequest valid() {
        return new AlertRequest("failure", "checkout", "latency will cross the SLO", 0.9, 300.0, Map.of("metric", "latency_ms"), null);
    }

    private static Map<String, String> labels(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toMap(i -> "l" + i, i -> "v"));
    }

    private static Map<String, String> nullValue() {
        Map<String, String> labels = new HashMap<>();
        labels.put("region", null);
        return labels;
    }

    static Stream<Arguments> cases() {
        AlertRequest ok = valid();
        return Stream.of(
                Arguments.of("a complete alert", ok, List.of()),
                Arguments.of("only the required fields",
                        new AlertRequest("latency", "checkout", "slow", null, null, null, null), List.of()),
                Arguments.of("confidence 0 and 1 and ttf 0 are allowed",
                        new AlertRequest("failure", "x", "s", 1.0, 0.0, Map.of(), null), List.of()),
                Arguments.of("exactly the most labels", new AlertRequest("failure", "x", "s", null, null, labels(MAX_LABELS), null), List.of()),
                Arguments.of("missing type", new AlertRequest(null, "x", "s", null, null, null, null),
                        List.of(new FieldError("type", "is required"))),
                Arguments.of("blank service", new AlertRequest("failure", "  ", "s", null, null, null, null),
                        List.of(new FieldError("service", "must not be blank"))),
                Arguments.of("empty summary", new AlertRequest("failure", "x", "", null, null, null, null),
                        List.of(new FieldError("summary", "must not be blank"))),
                Arguments.of("overlong type", new AlertRequest("f".repeat(65), "x", "s", null, null, null, null),
                        List.of(new FieldError("type", "must be at most 64 characters"))),
                Arguments.of("confidence above 1", new AlertRequest("failure", "x", "s", 1.01, null, null, null),
                        List.of(new FieldError("confidence", "must be between 0 and 1"))),
                Arguments.of("negative confidence", new AlertRequest("failure", "x", "s", -0.1, null, null, null),
                        List.of(new FieldError("confidence", "must be between 0 and 1"))),
                Arguments.of("NaN confidence", new AlertRequest("failure", "x", "s", Double.NaN, null, null, null),
                        List.of(new FieldError("confidence", "must be a finite number"))),
                Arguments.of("infinite time to failure", new AlertRequest("failure", "x", "s", null, Double.POSITIVE_INFINITY, null, null),
                        List.of(new FieldError("timeToFailureSeconds", "must be a finite number"))),
                Arguments.of("negative time to failure", new AlertRequest("failure", "x", "s", null, -1.0, null, null),
                        List.of(new FieldError("timeToFailureSeconds", "must be >= 0"))),
                Arguments.of("too many labels", new AlertRequest("failure", "x", "s", null, null, labels(MAX_LABELS + 1), null),
                        List.of(new FieldError("labels", "must have at most 32 entries"))),
                Arguments.of("a label without a value", new AlertRequest("failure", "x", "s", null, null, nullValue(), null),
                        List.of(new FieldError("labels.region", "must be a string"))),
                Arguments.of("a blank label name", new AlertRequest("failure", "x", "s", null, null, Map.of(" ", "v"), null),
                        List.of(new FieldError("labels", "names must be 1 to 128 non-blank characters"))),
                Arguments.of("every field wrong at once", new AlertRequest(null, null, null, 2.0, -3.0, null, null),
                        List.of(new FieldError("type", "is required"), new FieldError("service", "is required"),
                                new FieldError("summary", "is required"), new FieldError("confidence", "must be between 0 and 1"),
                                new FieldError("timeToFailureSeconds", "must be >= 0"))),
                Arguments.of("a runbook link", new AlertRequest("failure", "x", "s", null, null, null,
                        "https://runbooks.example/checkout#latency"), List.of()),
                Arguments.of("a runbook that is not a link", new AlertRequest("failure", "x", "s", null, null, null,
                        "see the wiki"), List.of(new FieldError("runbookUrl", "must be an absolute http(s) URL"))),
                Arguments.of("a runbook on another scheme", new AlertRequest("failure", "x", "s", null, null, null,
                        "file:///etc/passwd"), List.of(new FieldError("runbookUrl", "must be an absolute http(s) URL"))),
                Arguments.of("no body", null, List.of(new FieldError("body", "is required"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checks(String name, AlertRequest request, List<FieldError> expected) {
        assertEquals(expected, AlertValidator.check(request, MAX_LABELS));
    }
}

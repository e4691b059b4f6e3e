package dev.foresight.monitortrigger.cycle.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.cycle.predict.PredictResponse;
import dev.foresight.monitortrigger.cycle.predict.PredictedCascade;
import dev.foresight.monitortrigger.cycle.predict.PredictedFailure;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertMapperTest {
    private static final String REASON = "latency_ms forecast 612 ms > SLO 500 ms in 240 s; P=0.87";

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("reasoning becomes the summary",
                        new PredictedFailure("checkout", "latency_ms", 500.0, 240.0, 0.87, REASON, 11L, 12L),
                        new Alert("failure", "checkout", REASON, 0.87, 240L, Map.of("metric", "latency_ms"))),
                Arguments.of("summary written when predict gave no reasoning",
                        new PredictedFailure("checkout", "error_rate", 0.05, 59.6, 0.7, " ", 11L, 12L),
                        new Alert("failure", "checkout", "checkout: error_rate predicted to cross its limit 0.05 in 60 s",
                                0.7, 60L, Map.of("metric", "error_rate"))),
                Arguments.of("already over the limit",
                        new PredictedFailure("checkout", "cpu", 0.9, 0.0, 1.0, null, null, null),
                        new Alert("failure", "checkout", "checkout: cpu predicted to cross its limit 0.9 in 0 s",
                                1.0, 0L, Map.of("metric", "cpu"))),
                Arguments.of("service missing in the failure falls back to the predicted one",
                        new PredictedFailure(null, "memory", 0.9, null, 0.6, REASON, null, null),
                        new Alert("failure", "svc", REASON, 0.6, null, Map.of("metric", "memory"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failure(String name, PredictedFailure failure, Alert expected) {
        assertEquals(expected, AlertMapper.failure("svc", failure));
    }

    static Stream<Arguments> cascades() {
        return Stream.of(
                Arguments.of("dependant is the alert's service, source a label",
                        new PredictedCascade("web", "checkout", List.of("checkout", "web"), 0.696, 240.0, "web depends on checkout", 13L),
                        new Alert("cascade", "web", "web depends on checkout", 0.696, 240L, Map.of("source", "checkout"))),
                Arguments.of("summary written when predict gave no reasoning",
                        new PredictedCascade("web", "checkout", List.of("checkout", "web"), 0.5, null, null, null),
                        new Alert("cascade", "web", "web predicted to fail because checkout does", 0.5, null,
                                Map.of("source", "checkout"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cascades")
    void cascade(String name, PredictedCascade cascade, Alert expected) {
        assertEquals(expected, AlertMapper.cascade(cascade));
    }

    @Test
    void everyFailureThenEveryCascadePerPrediction() {
        PredictResponse checkout = new PredictResponse("checkout", "2025-06-01T12:00:00Z",
                List.of(new PredictedFailure("checkout", "latency_ms", 500.0, 240.0, 0.87, "a", 1L, 2L),
                        new PredictedFailure("checkout", "error_rate", 0.05, 600.0, 0.6, "b", 3L, 4L)),
                List.of(new PredictedCascade("web", "checkout", List.of("checkout", "web"), 0.7, 240.0, "c", 5L)));
        PredictResponse quiet = new PredictResponse("search", "2025-06-01T12:00:00Z", null, null);

        List<Alert> alerts = AlertMapper.alerts(List.of(checkout, quiet));

        assertEquals(List.of("failure/checkout/a", "failure/checkout/b", "cascade/web/c"),
                alerts.stream().map(a -> a.type() + "/" + a.service() + "/" + a.summary()).toList());
    }
}

package dev.foresight.predict.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.predict.api.PredictRequest;
import dev.foresight.predict.api.PredictRequest.SeriesInput;
import dev.foresight.predict.series.Metric;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PredictRequestValidatorTest {
    private final PredictRequestValidator validator = new PredictRequestValidator(8, 100, 1800, 604800, 1440);

    static List<Double> values(double... v) {
        List<Double> list = new ArrayList<>();
        for (double d : v) {
            list.add(d);
        }
        return list;
    }

    static final List<Double> TEN = values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    static SeriesInput series(String metric, Double step, List<Double> values, Double limit) {
        return new SeriesInput("x", metric, step, values, limit);
    }

    static List<Double> with(int index, Double value) {
        List<Double> list = new ArrayList<>(TEN);
        list.set(index, value);
        return list;
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("neither service nor series", new PredictRequest(null, null, null), "service",
                        "either service or series is required"),
                Arguments.of("both service and series", new PredictRequest("a", null, series("latency_ms", 60.0, TEN, null)),
                        "service", "must not be given together with series"),
                Arguments.of("blank service", new PredictRequest("  ", null, null), "service", "must not be blank"),
                Arguments.of("zero horizon", new PredictRequest("a", 0, null), "horizonSeconds", "must be within (0, 604800]"),
                Arguments.of("horizon over seven days", new PredictRequest("a", 604801, null), "horizonSeconds",
                        "must be within (0, 604800]"),
                Arguments.of("unknown metric", new PredictRequest(null, null, series("disk", 60.0, TEN, null)),
                        "series.metric", "must be one of " + Metric.keys()),
                Arguments.of("missing metric", new PredictRequest(null, null, series(null, 60.0, TEN, null)),
                        "series.metric", "is required"),
                Arguments.of("zero step", new PredictRequest(null, null, series("latency_ms", 0.0, TEN, null)),
                        "series.stepSeconds", "must be a finite number > 0"),
                Arguments.of("missing step", new PredictRequest(null, null, series("latency_ms", null, TEN, null)),
                        "series.stepSeconds", "is required"),
                Arguments.of("too many forecast steps", new PredictRequest(null, 86401, series("latency_ms", 60.0, TEN, null)),
                        "horizonSeconds", "must span at most 1440 steps of series.stepSeconds (86400 s at 60 s per step)"),
                Arguments.of("missing values", new PredictRequest(null, null, series("cpu", 60.0, null, null)),
                        "series.values", "is required"),
                Arguments.of("empty series", new PredictRequest(null, null, series("cpu", 60.0, List.of(), null)),
                        "series.values", "must hold at least 8 points"),
                Arguments.of("oversize series",
                        new PredictRequest(null, null, series("cpu", 60.0, Collections.nCopies(101, 0.5), null)),
                        "series.values", "must hold at most 100 points"),
                Arguments.of("null value", new PredictRequest(null, null, series("latency_ms", 60.0, with(3, null), null)),
                        "series.values[3]", "must not be null"),
                Arguments.of("NaN value", new PredictRequest(null, null, series("latency_ms", 60.0, with(4, Double.NaN), null)),
                        "series.values[4]", "must be a finite number"),
                Arguments.of("infinite value",
                        new PredictRequest(null, null, series("latency_ms", 60.0, with(0, Double.POSITIVE_INFINITY), null)),
                        "series.values[0]", "must be a finite number"),
                Arguments.of("negative latency", new PredictRequest(null, null, series("latency_ms", 60.0, with(5, -1.0), null)),
                        "series.values[5]", "must be >= 0"),
                Arguments.of("fraction over one", new PredictRequest(null, null,
                                series("cpu", 60.0, values(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.5), null)),
                        "series.values[8]", "must be within [0, 1] for cpu"),
                Arguments.of("zero limit", new PredictRequest(null, null, series("latency_ms", 60.0, TEN, 0.0)),
                        "series.limit", "must be a finite number > 0"),
                Arguments.of("fraction limit over one",
                        new PredictRequest(null, null, series("error_rate", 60.0, values(0, 0, 0, 0, 0, 0, 0, 0), 2.0)),
                        "series.limit", "must be within (0, 1] for error_rate"));
    }

    @ParameterizedTest(name = "{0} → {2}: {3}")
    @MethodSource("invalid")
    void namesTheFieldAndTheRule(String name, PredictRequest request, String field, String rule) {
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(request));
        assertEquals(400, e.problem().status());
        assertEquals(new Problem.FieldError(field, rule), e.problem().errors().get(0), e.problem().errors().toString());
    }

    @Test
    void reportsEveryBrokenRuleAtOnceButCapsPerValueErrors() {
        List<Double> bad = new ArrayList<>(Collections.nCopies(60, -1.0));
        ProblemException e = assertThrows(ProblemException.class, () -> validator.validate(
                new PredictRequest(null, -5, new SeriesInput(" ", "latency_ms", 60.0, bad, -2.0))));
        List<String> fields = e.problem().errors().stream().map(Problem.FieldError::field).toList();
        assertEquals("horizonSeconds", fields.get(0));
        assertEquals("series.name", fields.get(1));
        assertEquals("series.limit", fields.get(2));
        assertEquals(3 + PredictRequestValidator.MAX_VALUE_ERRORS, fields.size());
    }

    @Test
    void aServiceRequestGetsTheDefaultHorizon() {
        PredictCommand command = validator.validate(new PredictRequest("checkout", null, null));
        assertEquals(new PredictCommand.ForService("checkout", 1800), command);
    }

    @Test
    void anInlineSeriesBecomesAMetricSeries() {
        PredictCommand command = validator.validate(new PredictRequest(null, 600, series("latency_ms", 30.0, TEN, 500.0)));
        PredictCommand.Inline inline = assertInstanceOf(PredictCommand.Inline.class, command);
        assertEquals("x", inline.service().orElseThrow());
        assertEquals(Metric.LATENCY_MS, inline.series().metric());
        assertEquals(10, inline.series().values().length);
        assertEquals(500.0, inline.series().limit().getAsDouble());
        assertEquals(600, inline.horizonSeconds());
    }

    @Test
    void theServiceStepCheckNamesTheHorizon() {
        ProblemException e = assertThrows(ProblemException.class, () -> validator.checkSteps(604800, 60));
        assertEquals("horizonSeconds", e.problem().errors().get(0).field());
    }
}

package dev.foresight.predict.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.anomaly.MedianMadScorer;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.series.Metric;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeriesAnalyzerTest {
    private final SeriesAnalyzer analyzer = new SeriesAnalyzer(new DampedTrendForecaster(),
            (metric, step) -> new MedianMadScorer(3, 5, metric.noiseFloor()), new FailurePredictor());

    static double[] ramp(int n, double start, double slope) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = start + slope * t + (t % 3 - 1) * 0.004;
        }
        return y;
    }

    static Stream<Arguments> cases() {
        double[] spike = ramp(60, 0.3, 0);
        spike[59] = 0.6;
        double[] gappy = ramp(60, 0.3, 0.01);
        gappy[58] = Double.NaN;
        return Stream.of(
                Arguments.of("cpu ramp crosses its limit", new MetricSeries(Metric.CPU, 60, ramp(60, 0.3, 0.01),
                        OptionalDouble.of(0.95)), true, false),
                Arguments.of("without a limit nothing can fail", new MetricSeries(Metric.CPU, 60, ramp(60, 0.3, 0.01),
                        OptionalDouble.empty()), false, false),
                Arguments.of("a flat series with a spike is anomalous, not failing",
                        new MetricSeries(Metric.CPU, 60, spike, OptionalDouble.of(0.95)), false, true),
                Arguments.of("a trailing gap still forecasts and crosses",
                        new MetricSeries(Metric.CPU, 60, gappy, OptionalDouble.of(0.95)), true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysesOneMetric(String name, MetricSeries series, boolean fails, boolean anomalous) {
        MetricAnalysis analysis = analyzer.analyze(series, 30);
        assertEquals(30, analysis.forecast().horizon());
        assertEquals(fails, analysis.failure().isPresent(), name);
        assertEquals(anomalous, analysis.anomaly().score() >= 0.8, analysis.anomaly().toString());
        analysis.failure().ifPresent(f -> assertTrue(f.reasoning().startsWith("cpu forecast ")));
    }

    /**
     * The demo's story at 5 s steps: six calm minutes, then a creep of about 10 ms per step that
     * has run for 20 steps. The service's own selection warns now, and says when within 40 %.
     */
    @org.junit.jupiter.api.Test
    void aCreepThatBeganMinutesAgoIsWarnedWithItsOwnSlope() {
        java.util.Random random = new java.util.Random(11);
        double[] y = new double[92];
        for (int t = 0; t < y.length; t++) {
            y[t] = 150 + (t >= 72 ? 9.7 * (t - 71) : 0) + random.nextGaussian() * 6;
        }
        SeriesAnalyzer selected = new SeriesAnalyzer(dev.foresight.predict.forecast.selection.ForecasterSelector.bestForHistory(),
                (metric, step) -> new MedianMadScorer(3, 5, metric.noiseFloor()), new FailurePredictor());
        var failure = selected.analyze(new MetricSeries(Metric.LATENCY_MS, 5, y, OptionalDouble.of(500)), 360).failure();
        org.junit.jupiter.api.Assertions.assertTrue(failure.isPresent(), "no warning");
        double trueSeconds = (500 - (150 + 9.7 * 20)) / 9.7 * 5;
        org.junit.jupiter.api.Assertions.assertTrue(failure.get().confidence() >= 0.8, failure.get().reasoning());
        org.junit.jupiter.api.Assertions.assertEquals(trueSeconds, failure.get().timeToFailureSeconds(), 0.4 * trueSeconds,
                failure.get().reasoning());
    }
}

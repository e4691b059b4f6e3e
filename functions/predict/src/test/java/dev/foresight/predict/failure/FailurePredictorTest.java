package dev.foresight.predict.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.series.Metric;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailurePredictorTest {
    private static final double Z95 = 1.959963984540054;
    private final FailurePredictor predictor = new FailurePredictor();

    /** A forecast whose step i has the given mean and standard deviation. */
    static Forecast gaussian(double[] mean, double sd) {
        int n = mean.length;
        double[] lo80 = new double[n], hi80 = new double[n], lo95 = new double[n], hi95 = new double[n];
        for (int i = 0; i < n; i++) {
            lo80[i] = mean[i] - 1.2815515655446004 * sd;
            hi80[i] = mean[i] + 1.2815515655446004 * sd;
            lo95[i] = mean[i] - Z95 * sd;
            hi95[i] = mean[i] + Z95 * sd;
        }
        return new Forecast(mean, lo80, hi80, lo95, hi95);
    }

    static double[] history(int n, double start, double slope, double noise, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = start + slope * t + random.nextGaussian() * noise;
        }
        return y;
    }

    static Stream<Arguments> series() {
        double[] gappy = history(120, 150, 2.5, 4, 5);
        for (int t = 40; t < 60; t += 2) {
            gappy[t] = Double.NaN;
        }
        double[] over = history(60, 300, 0, 5, 9);
        over[59] = 560;
        return Stream.of(
                Arguments.of("rising series crosses", history(120, 150, 2.5, 4, 1), true, false),
                Arguments.of("flat series does not", history(120, 300, 0, 5, 2), false, false),
                Arguments.of("slow rise stays under", history(120, 100, 0.2, 3, 3), false, false),
                Arguments.of("NaN gaps still cross", gappy, true, false),
                Arguments.of("already over limit", over, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void predictsFromARealForecast(String name, double[] history, boolean fails, boolean alreadyOver) {
        Forecast forecast = new DampedTrendForecaster().forecast(history, 30);
        double latest = history[history.length - 1];
        Optional<FailurePrediction> failure = predictor.predict(Metric.LATENCY_MS, forecast, 500, latest, 60);
        assertEquals(fails, failure.isPresent(), name);
        failure.ifPresent(f -> {
            assertTrue(f.confidence() > 0.5 && f.confidence() <= 1, "confidence " + f.confidence());
            if (alreadyOver) {
                assertEquals(0, f.timeToFailureSeconds());
                assertTrue(f.reasoning().startsWith("latency_ms is 560 ms, already above SLO 500 ms; P="), f.reasoning());
            } else {
                assertTrue(f.timeToFailureSeconds() > 0 && f.timeToFailureSeconds() <= 1800);
                assertEquals(0, f.timeToFailureSeconds() % 60);
                assertTrue(f.predictedValue() > 500, "forecast at ttf " + f.predictedValue());
            }
        });
    }

    @Test
    void timeToFailureIsTheFirstStepWhereCrossingIsMoreLikelyThanNot() {
        double[] mean = {400, 450, 490, 505, 520, 540};
        Optional<FailurePrediction> f = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 20), 500, 380, 60);
        assertEquals(4, f.orElseThrow().step());
        assertEquals(240, f.get().timeToFailureSeconds());
        // confidence is the largest exceedance probability: P(N(540, 20) > 500) = Phi(2)
        assertEquals(0.97725, f.get().confidence(), 1e-4);
        assertEquals("latency_ms forecast 505 ms > SLO 500 ms in 240 s; P=0.98", f.get().reasoning());
    }

    @Test
    void confidenceComesFromTheIntervalWidth() {
        double[] mean = {480, 510, 530};
        double narrow = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 10), 500, 470, 30).orElseThrow().confidence();
        double wide = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 40), 500, 470, 30).orElseThrow().confidence();
        assertEquals(0.99865, narrow, 1e-4); // Phi(3)
        assertEquals(0.77337, wide, 1e-4); // Phi(0.75)
    }

    @Test
    void likelyButNeverMoreLikelyThanNotIsNoFailure() {
        double[] mean = {450, 480, 495, 499};
        assertTrue(predictor.predict(Metric.LATENCY_MS, gaussian(mean, 50), 500, 440, 60).isEmpty());
    }

    @Test
    void fractionsAreReadAsPercentages() {
        double[] mean = {0.03, 0.045, 0.06};
        FailurePrediction f = predictor.predict(Metric.ERROR_RATE, gaussian(mean, 0.002), 0.05, 0.02, 120).orElseThrow();
        assertEquals("error_rate forecast 6.0 % > limit 5.0 % in 360 s; P=1.00", f.reasoning());
    }

    @Test
    void aBarelyOverLatestValueIsNotCertain() {
        double[] mean = {480, 470, 460};
        FailurePrediction f = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 20), 500, 505, 60).orElseThrow();
        assertEquals(0, f.step());
        assertEquals(0.5987, f.confidence(), 1e-3); // Phi(5 / 20)
    }

    @Test
    void aZeroWidthIntervalIsAPointMass() {
        double[] mean = {490, 500, 510};
        FailurePrediction f = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 0), 500, 480, 10).orElseThrow();
        assertEquals(1.0, f.confidence());
        assertEquals(30, f.timeToFailureSeconds());
    }

    @Test
    void aSkewedIntervalIsReadOnTheSideFacingTheLimit() {
        // log-normal step: median 400, log-sd 0.2; the upper 95 % bound is 400 e^(1.96 * 0.2)
        double median = 400;
        double s = 0.2;
        Forecast f = new Forecast(new double[] {median},
                new double[] {median * Math.exp(-1.2815515655446004 * s)},
                new double[] {median * Math.exp(1.2815515655446004 * s)},
                new double[] {median * Math.exp(-Z95 * s)}, new double[] {median * Math.exp(Z95 * s)});
        double limit = median * Math.exp(Z95 * s);
        double p = FailurePredictor.probability(f, 0, limit, true);
        assertEquals(0.025, p, 1e-9); // exact at the bound, where the symmetric reading gives less
        assertTrue(FailurePredictor.exceedance(median, FailurePredictor.sd(f, 0), limit) < 0.02);
    }

    @Test
    void aFloorIsCrossedFromAbove() {
        double[] mean = {70, 66, 62, 58, 54};
        FailurePrediction f = predictor.predictBelow(Metric.LATENCY_MS, gaussian(mean, 2), 60, 72, 300).orElseThrow();
        assertEquals(4, f.step());
        assertEquals(1200, f.timeToFailureSeconds());
        assertEquals(0.99865, f.confidence(), 1e-4); // P(N(54, 2) < 60) = Phi(3)
        assertEquals("latency_ms forecast 58 ms < SLO 60 ms in 1200 s; P=1.00", f.reasoning());
        assertTrue(predictor.predictBelow(Metric.LATENCY_MS, gaussian(mean, 2), 50, 72, 300).isEmpty());
    }

    @Test
    void aLatestValueUnderTheFloorIsAFailureNow() {
        double[] mean = {65, 66, 67};
        FailurePrediction f = predictor.predictBelow(Metric.LATENCY_MS, gaussian(mean, 10), 60, 55, 60).orElseThrow();
        assertEquals(0, f.step());
        assertEquals(0.6915, f.confidence(), 1e-3); // Phi(5 / 10)
        assertTrue(f.reasoning().startsWith("latency_ms is 55 ms, already below SLO 60 ms"), f.reasoning());
    }
}

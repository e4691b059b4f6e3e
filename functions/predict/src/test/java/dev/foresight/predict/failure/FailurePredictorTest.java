package dev.foresight.predict.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.series.Metric;
import org.apache.commons.math3.distribution.NormalDistribution;
import java.util.Arrays;
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
                assertTrue(f.hi95() > 500, "a crossing at ttf is within the interval: " + f.hi95());
            }
        });
    }

    /** P(at least one of independent N(mean_i, sd) steps exceeds the limit). */
    private static double anyOf(double[] mean, double sd, double limit) {
        double none = 1;
        for (double m : mean) {
            none *= 1 - FailurePredictor.exceedance(m, sd, limit);
        }
        return 1 - none;
    }

    @Test
    void timeToFailureIsTheFirstStepWhereCrossingIsMoreLikelyThanNot() {
        double[] mean = {400, 450, 490, 505, 520, 540};
        Optional<FailurePrediction> f = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 20), 500, 380, 60);
        // the fourth step (505) is the first more likely over than not; a constant spread is all
        // observation noise, so the confidence is that of at least one of six independent crossings
        assertEquals(4, f.orElseThrow().step());
        assertEquals(240, f.get().timeToFailureSeconds());
        assertEquals(anyOf(mean, 20, 500), f.get().confidence(), 1e-6);
        assertEquals("latency_ms forecast 505 ms > SLO 500 ms in 240 s; P=1.00", f.get().reasoning());
    }

    @Test
    void confidenceComesFromTheIntervalWidth() {
        double[] mean = {480, 510, 530};
        double narrow = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 10), 500, 470, 30).orElseThrow().confidence();
        double wide = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 40), 500, 470, 30).orElseThrow().confidence();
        assertEquals(anyOf(mean, 10, 500), narrow, 1e-6);
        assertEquals(anyOf(mean, 40, 500), wide, 1e-6);
        assertTrue(narrow > wide);
    }

    @Test
    void manyNearMissesAddUpToALikelyCrossing() {
        // no single step is likely to cross (each 0.16), but twelve independent chances are (0.87);
        // the time to failure is the median of the first crossing: 1 - 0.841^5 = 0.58 > 0.5
        double[] mean = new double[12];
        Arrays.fill(mean, 480);
        FailurePrediction f = predictor.predict(Metric.LATENCY_MS, gaussian(mean, 20), 500, 470, 300).orElseThrow();
        assertEquals(anyOf(mean, 20, 500), f.confidence(), 1e-6);
        assertEquals(0.874, f.confidence(), 1e-3);
        assertEquals(5, f.step());
        assertEquals(1500, f.timeToFailureSeconds());
        assertEquals("latency_ms forecast 480 ms (> SLO 500 ms with its noise) in 1500 s; P=0.87", f.reasoning());
        // three such chances (0.40) are not enough
        assertTrue(predictor.predict(Metric.LATENCY_MS, gaussian(new double[] {480, 480, 480}, 20), 500, 470, 300)
                .isEmpty());
    }

    @Test
    void aSpreadThatGrowsIsSharedByEveryStep() {
        // ten steps whose spread is all level error (noise 0.05 against 20): one shared draw, so
        // P(crossed by the last step) is one step's P(N(479, 20) > 500) = 0.15, not the 0.80 of
        // ten independent chances
        double[] distance = new double[10];
        double[] sd = new double[10];
        Arrays.fill(distance, 21);
        Arrays.fill(sd, 20);
        sd[0] = 0.05;
        double[] byStep = CrossingProbability.cumulative(distance, sd);
        // within the grid's resolution: a step function of z is read on nodes 0.25 apart
        assertEquals(FailurePredictor.exceedance(479, 20, 500), byStep[9], 0.035);
        assertEquals(byStep[1], byStep[9], 1e-3);
    }

    @Test
    void theNormalTailMatchesCommonsMath() {
        NormalDistribution n = new NormalDistribution();
        for (double x = -6; x <= 6; x += 0.25) {
            assertEquals(1 - n.cumulativeProbability(x), CrossingProbability.upperTail(x), 2e-7, "x = " + x);
        }
    }

    @Test
    void aCrossingLessLikelyThanTheWarnLevelIsNoFailure() {
        double[] mean = {470, 470, 470, 470}; // 0.23 per step, 0.64 for at least one
        assertTrue(predictor.predict(Metric.LATENCY_MS, gaussian(mean, 40), 500, 440, 60).isEmpty());
        FailurePrediction atHalf = new FailurePredictor(0.5)
                .predict(Metric.LATENCY_MS, gaussian(mean, 40), 500, 440, 60).orElseThrow();
        assertEquals(anyOf(mean, 40, 500), atHalf.confidence(), 1e-6);
        assertEquals(3, atHalf.step()); // 1 - 0.773^3 = 0.54
    }

    @Test
    void theWarnLevelIsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new FailurePredictor(0.4));
        assertThrows(IllegalArgumentException.class, () -> new FailurePredictor(1.1));
        assertEquals(0.7, FailurePredictor.DEFAULT_WARN_AT);
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
        assertEquals(4, f.step()); // the fourth step (58 ms) is the first more likely under than not
        assertEquals(1200, f.timeToFailureSeconds());
        double[] mirrored = {-70, -66, -62, -58, -54};
        assertEquals(anyOf(mirrored, 2, -60), f.confidence(), 1e-6);
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

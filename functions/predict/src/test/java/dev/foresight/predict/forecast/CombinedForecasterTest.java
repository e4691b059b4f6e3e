package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CombinedForecasterTest {

    private static final int HORIZON = 48;
    private final CombinedForecaster forecaster = new CombinedForecaster(24, 168);

    private static double[] series(int n, IntToDoubleFunction f) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = f.applyAsDouble(t);
        }
        return y;
    }

    private static double daily(int t) {
        return 100 + 30 * Math.sin(2 * Math.PI * t / 24);
    }

    private static double dailyWeekly(int t) {
        return 200 + 40 * Math.sin(2 * Math.PI * t / 24) + 25 * Math.cos(2 * Math.PI * t / 168);
    }

    static Stream<Arguments> seasonalShapes() {
        return Stream.of(
                Arguments.of(Named.of("daily sine, 3 weeks", (IntToDoubleFunction) CombinedForecasterTest::daily), 504),
                Arguments.of(Named.of("daily + weekly, 6 weeks", (IntToDoubleFunction) CombinedForecasterTest::dailyWeekly),
                        1008),
                Arguments.of(Named.of("daily sine around zero, 10 days",
                        (IntToDoubleFunction) t -> 5 * Math.sin(2 * Math.PI * t / 24)), 240));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seasonalShapes")
    void pureSeasonalSeriesIsForecastClosely(IntToDoubleFunction shape, int n) {
        Forecast f = forecaster.forecast(series(n, shape), HORIZON);
        double amplitude = 0;
        for (int i = 0; i < HORIZON; i++) {
            amplitude = Math.max(amplitude, Math.abs(shape.applyAsDouble(n + i)));
        }
        for (int i = 0; i < HORIZON; i++) {
            assertEquals(shape.applyAsDouble(n + i), f.mean()[i], 0.02 * amplitude, "step " + (i + 1));
        }
    }

    @Test
    void linearTrendIsFollowed() {
        int n = 480;
        double[] y = series(n, t -> 100 + 0.5 * t);
        Forecast f = forecaster.forecast(y, HORIZON);
        assertTrue(f.mean()[HORIZON - 1] > y[n - 1] + 10, "the forecast keeps rising: " + f.mean()[HORIZON - 1]);
        assertEquals(100 + 0.5 * (n + HORIZON - 1), f.mean()[HORIZON - 1], 0.03 * (100 + 0.5 * n));
    }

    @Test
    void missingPointsAreInterpolated() {
        int n = 504;
        double[] y = series(n, CombinedForecasterTest::daily);
        for (int t = 100; t < n; t += 37) {
            y[t] = Double.NaN;
        }
        java.util.Arrays.fill(y, 0, 3, Double.NaN);
        java.util.Arrays.fill(y, n - 40, n - 35, Double.NaN);
        Forecast f = forecaster.forecast(y, HORIZON);
        for (int i = 0; i < HORIZON; i++) {
            assertTrue(Double.isFinite(f.lo95()[i]) && Double.isFinite(f.hi95()[i]), "finite bounds at " + i);
            assertEquals(daily(n + i), f.mean()[i], 3.0, "step " + (i + 1));
        }
    }

    @Test
    void constantSeriesGivesConstantForecastWithNarrowIntervals() {
        double[] y = new double[300];
        java.util.Arrays.fill(y, 42.5);
        y[17] = Double.NaN;
        Forecast f = forecaster.forecast(y, 10);
        for (int i = 0; i < 10; i++) {
            assertEquals(42.5, f.mean()[i], 1e-12);
            assertEquals(0, f.hi95()[i] - f.lo95()[i], 1e-9);
        }
    }

    static Stream<Arguments> anySeries() {
        Random rnd = new Random(7);
        return Stream.of(
                Arguments.of(Named.of("noisy daily + weekly", series(1440, t -> dailyWeekly(t) + 10 * rnd.nextGaussian()))),
                Arguments.of(Named.of("random walk with negatives", randomWalk(new Random(3), 600))),
                Arguments.of(Named.of("error rate with zeros", series(400, t -> t % 7 == 0 ? 0 : 0.01 * (1 + t % 24) / 24))),
                Arguments.of(Named.of("short: 30 points", series(30, t -> 10 + (t % 5)))),
                Arguments.of(Named.of("short: under two days", series(40, CombinedForecasterTest::daily))),
                Arguments.of(Named.of("three points", new double[] {1, 2, 4})),
                Arguments.of(Named.of("single point", new double[] {3})));
    }

    private static double[] randomWalk(Random rnd, int n) {
        double[] y = new double[n];
        for (int t = 1; t < n; t++) {
            y[t] = y[t - 1] + rnd.nextGaussian();
        }
        return y;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anySeries")
    void intervalsAreOrderedAndFinite(double[] y) {
        Forecast f = forecaster.forecast(y, HORIZON);
        assertEquals(HORIZON, f.horizon());
        for (int i = 0; i < HORIZON; i++) {
            double[] chain = {f.lo95()[i], f.lo80()[i], f.mean()[i], f.hi80()[i], f.hi95()[i]};
            for (int k = 0; k < chain.length; k++) {
                assertTrue(Double.isFinite(chain[k]), "finite at step " + (i + 1));
                if (k > 0) {
                    assertTrue(chain[k - 1] <= chain[k], "ordered at step " + (i + 1) + ": " + java.util.Arrays.toString(chain));
                }
            }
        }
    }

    @Test
    void noisySeriesIntervalsCoverMostOutcomes() {
        Random rnd = new Random(11);
        int inside = 0;
        int total = 0;
        for (int rep = 0; rep < 20; rep++) {
            double[] y = series(1008 + HORIZON, t -> dailyWeekly(t) + 8 * rnd.nextGaussian());
            Forecast f = forecaster.forecast(java.util.Arrays.copyOf(y, 1008), HORIZON);
            for (int i = 0; i < HORIZON; i++) {
                inside += f.lo95()[i] <= y[1008 + i] && y[1008 + i] <= f.hi95()[i] ? 1 : 0;
                total++;
            }
        }
        double coverage = (double) inside / total;
        assertTrue(coverage > 0.85 && coverage <= 1.0, "95 % coverage on Gaussian noise: " + coverage);
    }

    @Test
    void weekendAfterAWeekdayIsForecastFromTheWeeklyCycle() {
        // the last day held out is a weekday; the older holdout windows reach the last weekend
        int n = 4 * 168 + 120;
        Random rnd = new Random(2);
        double[] y = series(n + HORIZON, t -> (t % 168 >= 120 ? 20 : 50) + 10 * Math.sin(2 * Math.PI * t / 24) + rnd.nextGaussian());
        Forecast f = forecaster.forecast(java.util.Arrays.copyOf(y, n), HORIZON);
        for (int i = 0; i < HORIZON; i++) {
            assertEquals(y[n + i], f.mean()[i], 5.0, "step " + (i + 1));
        }
    }

    @Test
    void rejectsUnusableInput() {
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {Double.NaN, Double.NaN}, 5));
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {1, 2, 3}, 0));
        assertThrows(IllegalArgumentException.class, () -> new CombinedForecaster(24, 0));
    }
}

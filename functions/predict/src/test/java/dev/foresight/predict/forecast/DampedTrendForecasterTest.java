package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DampedTrendForecasterTest {
    private final Forecaster forecaster = new DampedTrendForecaster();

    static double[] series(int n, IntToDoubleFunction f) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = f.applyAsDouble(t);
        }
        return y;
    }

    static Stream<Arguments> shapes() {
        Random noise = new Random(7);
        return Stream.of(
                Arguments.of("noisy linear trend", series(200, t -> 100 + 2.0 * t + noise.nextGaussian() * 3), 518.0, 25.0),
                Arguments.of("flat with noise", series(200, t -> 300 + noise.nextGaussian() * 5), 300.0, 10.0),
                Arguments.of("exact line", series(50, t -> 10 + 0.5 * t), 10 + 0.5 * 59, 1e-6),
                Arguments.of("constant", series(50, t -> 42), 42.0, 1e-9));
    }

    @ParameterizedTest(name = "{0}: ten steps ahead near {2}")
    @MethodSource("shapes")
    void followsTheShape(String name, double[] history, double expectedAtTen, double tolerance) {
        Forecast f = forecaster.forecast(history, 10);
        assertEquals(expectedAtTen, f.mean()[9], tolerance);
        assertOrdered(f);
    }

    @Test
    void intervalsWidenWithTheHorizon() {
        Random noise = new Random(11);
        Forecast f = forecaster.forecast(series(300, t -> 50 + 0.3 * t + noise.nextGaussian() * 4), 30);
        for (int h = 1; h < 30; h++) {
            assertTrue(f.hi95()[h] - f.lo95()[h] >= f.hi95()[h - 1] - f.lo95()[h - 1], "width at step " + h);
        }
        assertTrue(f.hi95()[29] - f.lo95()[29] > f.hi95()[0] - f.lo95()[0]);
        // one-step 95 % half-width is about 1.96 sigma of the noise (4)
        double halfWidth = (f.hi95()[0] - f.lo95()[0]) / 2;
        assertEquals(1.96 * 4, halfWidth, 2.0);
    }

    @Test
    void missingPointsInsideTheHistoryAreSkipped() {
        double[] y = series(120, t -> 20 + t);
        for (int t = 30; t < 40; t++) {
            y[t] = Double.NaN;
        }
        y[0] = Double.NaN;
        Forecast f = forecaster.forecast(y, 5);
        assertEquals(20 + 124, f.mean()[4], 1e-6);
        assertTrue(Arrays.stream(f.mean()).allMatch(Double::isFinite));
    }

    @Test
    void trailingMissingPointsWidenTheIntervals() {
        Random noise = new Random(3);
        double[] y = series(100, t -> 200 + noise.nextGaussian() * 10);
        double[] gap = Arrays.copyOf(y, 110);
        Arrays.fill(gap, 100, 110, Double.NaN);
        Forecast recent = forecaster.forecast(y, 1);
        Forecast stale = forecaster.forecast(gap, 1);
        assertTrue(stale.hi95()[0] - stale.lo95()[0] > recent.hi95()[0] - recent.lo95()[0]);
    }

    @Test
    void rejectsWhatCannotBeForecast() {
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {Double.NaN, Double.NaN}, 3));
        assertThrows(IllegalArgumentException.class, () -> forecaster.forecast(new double[] {1, 2, 3}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> forecaster.forecast(new double[] {1, Double.POSITIVE_INFINITY, 3}, 2));
    }

    static void assertOrdered(Forecast f) {
        for (int i = 0; i < f.horizon(); i++) {
            assertTrue(f.lo95()[i] <= f.lo80()[i] && f.lo80()[i] <= f.mean()[i]
                    && f.mean()[i] <= f.hi80()[i] && f.hi80()[i] <= f.hi95()[i], "ordered at step " + (i + 1));
        }
    }
}

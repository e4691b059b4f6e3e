package dev.foresight.bench.m4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class M4MetricsTest {

    static Stream<Arguments> smapeCases() {
        return Stream.of(
                Arguments.of("perfect", new double[] {1, 2}, new double[] {1, 2}, 0.0),
                Arguments.of("double the actual", new double[] {10}, new double[] {20}, 200.0 * 10 / 30),
                Arguments.of("both zero counts as no error", new double[] {0, 4}, new double[] {0, 0}, 100.0),
                Arguments.of("sign flip is the maximum", new double[] {1}, new double[] {-1}, 200.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smapeCases")
    void smape(String name, double[] actual, double[] forecast, double expected) {
        assertEquals(expected, M4Metrics.smape(actual, forecast), 1e-12);
    }

    @Test
    void maseScaleIsTheInSampleSeasonalNaiveError() {
        double[] train = {1, 2, 3, 2, 4, 6};
        // lag-3 differences: |2-1|, |4-2|, |6-3| -> mean 2
        assertEquals(2.0, M4Metrics.maseScale(train, 3), 1e-12);
        assertEquals(0.75, M4Metrics.mase(new double[] {1, 2}, new double[] {2, 4}, 2.0), 1e-12);
    }

    private static double[] periodic(int n, int m, double noise) {
        java.util.Random rnd = new java.util.Random(1);
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = 10 + Math.sin(2 * Math.PI * t / m) + noise * rnd.nextGaussian();
        }
        return x;
    }

    @Test
    void seasonalityTestNeedsThreeSeasonsAndAStrongLagCorrelation() {
        assertTrue(M4Metrics.isSeasonal(periodic(240, 24, 0.1), 24));
        assertFalse(M4Metrics.isSeasonal(periodic(71, 24, 0.1), 24), "under 3 seasons");
        java.util.Random rnd = new java.util.Random(5);
        double[] noise = new double[240];
        for (int t = 0; t < noise.length; t++) {
            noise[t] = 10 + rnd.nextGaussian();
        }
        assertFalse(M4Metrics.isSeasonal(noise, 24), "white noise");
    }

    @Test
    void multiplicativeIndicesRecoverAStableSeasonalShape() {
        double[] shape = {0.5, 1.0, 1.5, 1.0};
        double[] x = new double[40];
        for (int t = 0; t < x.length; t++) {
            x[t] = 100 * shape[t % 4];
        }
        assertArrayEquals(shape, M4Metrics.multiplicativeIndices(x, 4), 1e-12);
    }

    @Test
    void naive2IsTheLastValueWithoutSeasonalityAndReseasonalisedWithIt() {
        double[] flat = {3, 1, 4, 1, 5};
        assertArrayEquals(new double[] {5, 5, 5}, M4Metrics.naive2(flat, 3, 24), 1e-12);
        double[] shape = {0.5, 1.0, 1.5, 1.0};
        double[] x = new double[40];
        for (int t = 0; t < x.length; t++) {
            x[t] = 100 * shape[t % 4];
        }
        assertArrayEquals(new double[] {50, 100, 150}, M4Metrics.naive2(x, 3, 4), 1e-9);
    }

    @Test
    void seasonalNaiveRepeatsTheLastCycle() {
        assertArrayEquals(new double[] {3, 4, 3, 4, 3}, M4Metrics.seasonalNaive(new double[] {1, 2, 3, 4}, 5, 2));
    }
}

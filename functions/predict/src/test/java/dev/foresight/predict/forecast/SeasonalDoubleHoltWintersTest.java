package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeasonalDoubleHoltWintersTest {

    @Test
    void learnsAWeekdayWeekendPatternExactly() {
        int n = 4 * 168;
        double[] x = new double[n + 48];
        for (int t = 0; t < x.length; t++) {
            boolean weekend = t % 168 >= 120;
            x[t] = (weekend ? 2 : 5) + Math.sin(2 * Math.PI * t / 24);
        }
        double[] f = SeasonalDoubleHoltWinters.of(24, 168).forecast(java.util.Arrays.copyOf(x, n), 48);
        for (int i = 0; i < 48; i++) {
            assertEquals(x[n + i], f[i], 1e-6, "step " + (i + 1));
        }
    }

    @Test
    void reusedWeightsGiveTheSameForecastAsAFreshSearchOnTheSameHistory() {
        java.util.Random rnd = new java.util.Random(5);
        double[] x = new double[5 * 168];
        for (int t = 0; t < x.length; t++) {
            x[t] = 10 + Math.sin(2 * Math.PI * t / 24) + 0.5 * Math.cos(2 * Math.PI * t / 168) + 0.3 * rnd.nextGaussian();
        }
        CombinedModel warm = SeasonalDoubleHoltWinters.of(24, 168);
        double[] first = warm.forecast(x, 48);
        double[] again = warm.forecast(x, 48);
        double[] shorter = warm.forecast(java.util.Arrays.copyOf(x, x.length - 48), 48);
        double[] fresh = SeasonalDoubleHoltWinters.of(24, 168).forecast(java.util.Arrays.copyOf(x, x.length - 48), 48);
        for (int i = 0; i < 48; i++) {
            assertEquals(first[i], again[i], 1e-12, "step " + (i + 1));
            assertEquals(x[x.length - 48 + i], shorter[i], 1.5, "warm forecast tracks the series at step " + (i + 1));
            assertEquals(fresh[i], shorter[i], 0.5, "warm and fresh agree closely at step " + (i + 1));
        }
    }
}

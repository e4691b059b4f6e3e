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
}

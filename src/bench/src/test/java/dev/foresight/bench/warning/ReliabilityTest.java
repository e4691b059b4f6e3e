package dev.foresight.bench.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void eachBinReportsTheShareOfForecastWarningsThatReallyCrossedWithinTheHorizon() {
        long[] t = new long[1_000];
        double[] y = new double[1_000];
        for (int i = 0; i < y.length; i++) {
            t[i] = 1_400_000_000_000L + i * 300_000L;
            y[i] = i == 900 ? 70 : 50;
        }
        WarningSeries s = WarningSeries.of("x.csv", t, y, new long[][] {{t[990], t[999]}}, new long[] {Long.MIN_VALUE});
        LimitBand band = new LimitBand(40, 60);
        WarningSettings settings = new WarningSettings(1, 2_000, 3_600, 288, 2.0, true); // 12 steps ahead
        List<Warning> evaluations = List.of(
                new Warning(890, true, 0.65, 600, true),   // 900 is 10 steps later: crossed
                new Warning(880, true, 0.62, 600, true),   // 20 steps before: not within the hour
                new Warning(895, true, 0.95, 600, false),  // predicted below: the spike is above
                new Warning(896, true, 0.97, 0, true),     // already over: not a forecast, not binned
                Warning.quiet(897));
        List<Reliability.Bin> bins = Reliability.of(
                List.of(new FileResult(s, band, "test", WarningScore.of(s, evaluations, 12), evaluations)), settings);
        assertEquals(5, bins.size());
        Reliability.Bin sixties = bins.get(1);
        assertEquals(2, sixties.warnings());
        assertEquals(0.635, sixties.meanConfidence(), 1e-12);
        assertEquals(0.5, sixties.observed(), 1e-12);
        Reliability.Bin nineties = bins.get(4);
        assertEquals(1, nineties.warnings());
        assertEquals(0.0, nineties.observed(), 1e-12);
        assertEquals(0, bins.get(0).warnings());
        assertTrue(Reliability.render(bins).contains("| 0.6–0.7 | 2 | 0.64 | 0.50 |"), Reliability.render(bins));
    }
}

package dev.foresight.bench.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** predict_linear as Prometheus computes it, on made-up 5-minute series. */
class LinearBaselineTest {
    private static final long T0 = 1_400_000_000_000L;

    private static WarningSeries series(double[] y) {
        long[] t = new long[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = T0 + i * 300_000L;
        }
        return WarningSeries.of("x.csv", t, y, new long[][] {{t[y.length - 2], t[y.length - 1]}},
                new long[] {Long.MIN_VALUE});
    }

    @Test
    void theLeastSquaresLineIsExactOnALine() {
        double[] y = {1, 3, 5, Double.NaN, 9};
        double[] line = LinearBaseline.fit(y, 0, 4);
        assertEquals(9, line[0], 1e-12);
        assertEquals(2, line[1], 1e-12);
        assertNull(LinearBaseline.fit(new double[] {1, Double.NaN}, 0, 1), "one point is no line");
    }

    @Test
    void aRampWarnsWhenTheLineCrossesWithinTheHorizonWithItsCrossingTime() {
        double[] y = new double[1_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 900 ? 50 + (i % 2) : 50 + (i - 900) * 0.12; // flat, then +1.44 per hour, to 61.9
        }
        WarningSeries s = series(y);
        LimitBand band = new LimitBand(40, 60);
        List<Warning> w = new LinearBaseline(3_600, 4 * 3_600).run(s, band, true, 1);
        assertEquals(1_000 - s.referenceEnd(), w.size());
        Warning first = w.stream().filter(Warning::raised).findFirst().orElseThrow();
        // a 1 h line of +0.12 per step reaches 60 four hours (48 steps) ahead from 54.24 on
        assertTrue(first.slot() > 930 && first.slot() < 945, "first warning at " + first.slot());
        assertTrue(first.forecast() && first.above());
        double level = y[first.slot()];
        assertEquals((60 - level) / 0.12 * 300, first.ttfSeconds(), 1e-6);
        Warning over = w.get(w.size() - 1);
        assertTrue(over.alreadyOver(), "the last point, 61.9, is over: " + over);
    }

    @Test
    void aFlatSeriesNeverWarnsAndTheLabelsNameTheRules() {
        double[] y = new double[1_000];
        for (int i = 0; i < y.length; i++) {
            y[i] = 50 + (i % 3);
        }
        for (LinearBaseline rule : LinearBaseline.standard()) {
            assertFalse(rule.run(series(y), new LimitBand(40, 60), true, 1).stream().anyMatch(Warning::raised));
        }
        assertEquals(List.of("predict_linear[1h], 1 h", "predict_linear[1h], 4 h", "predict_linear[6h], 1 h",
                "predict_linear[6h], 4 h"), LinearBaseline.standard().stream().map(LinearBaseline::label).toList());
    }
}

package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TrendAwareForecasterTest {
    private static final int PERIOD = 24;
    private static final double STEP = 3_600;

    /** Hourly daily cycle with noise; {@code slope} per step from {@code rampFrom} on. */
    static double[] daily(int n, double slope, int rampFrom, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 10 * Math.sin(2 * Math.PI * t / PERIOD) + random.nextGaussian()
                    + (t >= rampFrom ? slope * (t - rampFrom) : 0);
        }
        return y;
    }

    @Test
    void aRampTheSeasonalBaseMissesIsExtrapolated() {
        double[] y = daily(24 * 10, 0.8, 24 * 10 - 30, 1);
        Forecaster base = new CombinedForecaster(PERIOD);
        Forecast plain = base.forecast(y, 12);
        Forecast trended = new TrendAwareForecaster(base, PERIOD, STEP).adjust(y, plain);
        // 12 h more of a 0.8/h climb: several units above the base by the end of the horizon
        assertTrue(trended.mean()[11] - plain.mean()[11] > 3, trended.mean()[11] + " vs " + plain.mean()[11]);
        assertTrue(trended.hi95()[11] - trended.mean()[11] >= plain.hi95()[11] - plain.mean()[11] - 1e-9,
                "the drift term widens, never narrows, the interval");
    }

    @Test
    void noiseAroundASeasonalLevelAddsNoTrend() {
        double[] y = daily(24 * 10, 0, 0, 2);
        Forecaster base = new CombinedForecaster(PERIOD);
        Forecast plain = base.forecast(y, 24);
        Forecast trended = new TrendAwareForecaster(base, PERIOD, STEP).adjust(y, plain);
        for (int k = 0; k < 24; k++) {
            assertEquals(plain.mean()[k], trended.mean()[k], 2.0, "step " + k);
        }
    }

    @Test
    void yesterdaysSpikeIsNotRepeatedInFull() {
        double[] y = daily(24 * 10, 0, 0, 3);
        int k = 5; // the forecast step that lands on the phase of yesterday's spike
        y[y.length - PERIOD + k] += 40;
        Forecaster base = new SeasonalEcho();
        Forecast plain = base.forecast(y, 12);
        Forecast trended = new TrendAwareForecaster(base, PERIOD, STEP).adjust(y, plain);
        assertTrue(plain.mean()[k] - trended.mean()[k] > 15, plain.mean()[k] + " vs " + trended.mean()[k]);
    }

    @Test
    void theSlopeIsRobustToASpike() {
        double[] t = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            t[i] = i;
            y[i] = 2 * i + (i == 10 ? 500 : 0);
        }
        assertEquals(2, TrendAwareForecaster.theilSen(t, y), 1e-9);
    }

    @Test
    void switchedOffItIsTheBase() {
        double[] y = daily(100, 1, 0, 4);
        Forecast plain = new DampedTrendForecaster().forecast(y, 6);
        assertSame(plain, TrendAwareForecaster.off(new DampedTrendForecaster()).adjust(y, plain));
    }

    /** Seasonal naive: tomorrow is yesterday, incidents included. */
    private static final class SeasonalEcho implements Forecaster {
        @Override
        public Forecast forecast(double[] history, int horizon) {
            double[] m = new double[horizon];
            double[] lo = new double[horizon];
            double[] hi = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                m[k] = history[history.length - PERIOD + k];
                lo[k] = m[k] - 3;
                hi[k] = m[k] + 3;
            }
            return new Forecast(m, lo, hi, lo.clone(), hi.clone());
        }
    }
}

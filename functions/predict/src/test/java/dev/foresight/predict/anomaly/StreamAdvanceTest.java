package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamAdvanceTest {
    private static final long T0 = 1_700_000_000_000L;

    private static long[] times(int from, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + (from + i) * 60_000L;
        }
        return t;
    }

    private static double[] values(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 10 + r.nextGaussian();
        }
        return y;
    }

    @Test
    void aFreshDetectorLearnsTheHistoryAndJudgesItsLastPoints() {
        double[] y = values(400, 1);
        y[398] = 90;
        OnlineDetector d = new OnlineDetector();
        AnomalyScore s = StreamAdvance.advance(d, times(0, 400), y, 3).orElseThrow();
        assertTrue(s.score() > 0.6, s.toString());
        assertEquals(400, d.points());
        assertEquals(T0 + 399 * 60_000L, d.lastMillis());
        // an old anomaly, before the judged points, is learned but not reported
        double[] old = values(400, 1);
        old[100] = 90;
        assertTrue(StreamAdvance.advance(new OnlineDetector(), times(0, 400), old, 3).orElseThrow().score() < 0.5);
    }

    @Test
    void aKeptDetectorIsFedOnlyThePointsItHasNotSeenAndJudgesAllOfThem() {
        double[] y = values(500, 2);
        y[430] = 90; // new since the first cycle, but not among the last three
        OnlineDetector kept = new OnlineDetector();
        StreamAdvance.advance(kept, times(0, 400), Arrays.copyOf(y, 400), 3);
        // the second cycle reads an overlapping window: rows 140..499
        Optional<AnomalyScore> s = StreamAdvance.advance(kept, times(140, 360), Arrays.copyOfRange(y, 140, 500), 3);
        assertEquals(500, kept.points());

        OnlineDetector straight = new OnlineDetector();
        double strongest = 0;
        for (int i = 0; i < 500; i++) {
            double v = straight.score(T0 + i * 60_000L, y[i]);
            strongest = i >= 400 ? Math.max(strongest, v) : strongest;
        }
        assertEquals(strongest, s.orElseThrow().score(), 0.0);
        assertTrue(strongest > 0.6);
    }

    @Test
    void missingValuesAreSkippedAndAShortHistoryHasNoVerdict() {
        double[] y = values(100, 3);
        y[50] = Double.NaN;
        OnlineDetector d = new OnlineDetector();
        assertTrue(StreamAdvance.advance(d, times(0, 100), y, 3).isEmpty(), "100 points: still warming up");
        assertEquals(99, d.points());
        assertTrue(StreamAdvance.advance(d, times(0, 100), y, 3).isEmpty(), "nothing new");
        assertEquals(99, d.points());
    }
}

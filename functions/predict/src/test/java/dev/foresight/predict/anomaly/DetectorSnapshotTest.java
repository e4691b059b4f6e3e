package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A detector saved and restored between "cycles" scores exactly as one that never stopped, on a
 * stream with real, irregular timestamps, a daily rhythm, a week and more of history (so the
 * weekly profile is live) and the anomalies every ensemble member reacts to.
 */
class DetectorSnapshotTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final int ROWS = 12 * 288;

    private static long[] times() {
        Random r = new Random(5);
        long[] t = new long[ROWS];
        long now = T0;
        for (int i = 0; i < ROWS; i++) {
            now += 300_000L * (r.nextInt(40) == 0 ? 3 : 1); // a collector that now and then misses points
            t[i] = now;
        }
        return t;
    }

    private static double[] values(long[] t) {
        Random r = new Random(9);
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = 50 + 10 * Math.sin(2 * Math.PI * (t[i] - T0) / 86_400_000.0) + r.nextGaussian();
        }
        y[2_300] = 120;                                        // spike
        for (int i = 2_700; i < 2_900; i++) {
            y[i] += 15;                                        // level shift
        }
        Arrays.fill(y, 3_100, 3_250, 42.0);                    // flat-line
        return y;
    }

    @Test
    void restoringBetweenCyclesGivesTheScoresOfAnUninterruptedDetector() {
        long[] t = times();
        double[] y = values(t);
        OnlineDetector straight = new OnlineDetector();
        double[] expected = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            expected[i] = straight.score(t[i], y[i]);
        }
        assertTrue(Arrays.stream(expected).max().orElseThrow() > 0.5, "the stream has anomalies to find");

        double[] cycled = new double[ROWS];
        OnlineDetector detector = new OnlineDetector();
        int maxBytes = 0;
        for (int i = 0; i < ROWS; i++) {
            if (i % 97 == 0) {
                byte[] state = DetectorSnapshot.save(detector);
                maxBytes = Math.max(maxBytes, state.length);
                detector = DetectorSnapshot.restore(OnlineDetectorConfig.defaults(), state).orElseThrow();
                assertEquals(i == 0 ? Long.MIN_VALUE : t[i - 1], detector.lastMillis());
                assertEquals(i, detector.points());
            }
            cycled[i] = detector.score(t[i], y[i]);
        }
        assertArrayEquals(expected, cycled, 0.0);
        assertTrue(maxBytes < 128 * 1024, "state of " + maxBytes + " bytes");
    }

    @Test
    void aStateOfAnotherFormatOrOtherSettingsOrDamagedIsNotRestored() {
        OnlineDetector d = new OnlineDetector();
        long[] t = times();
        double[] y = values(t);
        for (int i = 0; i < 500; i++) {
            d.score(t[i], y[i]);
        }
        byte[] state = DetectorSnapshot.save(d);
        assertEquals(DetectorSnapshot.FORMAT, DetectorSnapshot.format(state));
        assertTrue(DetectorSnapshot.restore(OnlineDetectorConfig.defaults(), state).isPresent());

        OnlineDetectorConfig other = new OnlineDetectorConfig(150, 0.008, 0.2, 2.0, 31, 1500, 0.04, 12, 300, 0.5,
                0.02, 6.0, 3.0645, 100, 0.02, 20, 0.05, true, 0.8, 3, 12, 64, 0.55);
        assertTrue(DetectorSnapshot.restore(other, state).isEmpty(), "other settings");

        byte[] newer = state.clone();
        newer[7]++;
        assertEquals(DetectorSnapshot.FORMAT + 1, DetectorSnapshot.format(newer));
        assertTrue(DetectorSnapshot.restore(OnlineDetectorConfig.defaults(), newer).isEmpty(), "another format");

        assertTrue(DetectorSnapshot.restore(OnlineDetectorConfig.defaults(),
                Arrays.copyOf(state, state.length - 5)).isEmpty(), "truncated");
        assertTrue(DetectorSnapshot.restore(OnlineDetectorConfig.defaults(),
                Arrays.copyOf(state, state.length + 1)).isEmpty(), "trailing bytes");
        assertEquals(-1, DetectorSnapshot.format(new byte[] {1, 2, 3}));
    }
}

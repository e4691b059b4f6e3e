package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamReplayScorerTest {
    private static final long MINUTE = 60_000L;
    private static final AnomalyScorer SHORT = history -> new AnomalyScore(0.42, "short history");

    private static double[] latency(int n, Random random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 120 + 20 * Math.sin(2 * Math.PI * i / 1440.0) + random.nextGaussian() * 3;
        }
        return v;
    }

    private final StreamReplayScorer scorer = new StreamReplayScorer(OnlineDetectorConfig.defaults(), MINUTE, 3, SHORT);

    @Test
    void aSpikeAtTheEndOfALongHistoryIsAnomalous() {
        double[] v = latency(3000, new Random(1));
        v[v.length - 1] = 600;
        AnomalyScore s = scorer.score(v);
        assertTrue(s.score() >= 0.5, "spike scored " + s);
    }

    @Test
    void anOrdinaryEndIsNot() {
        AnomalyScore s = scorer.score(latency(3000, new Random(2)));
        assertTrue(s.score() < 0.5, "ordinary end scored " + s);
    }

    @Test
    void missingPointsAreSkipped() {
        double[] v = latency(3000, new Random(3));
        for (int i = 100; i < 3000; i += 97) {
            v[i] = Double.NaN;
        }
        v[v.length - 1] = 600;
        assertTrue(scorer.score(v).score() >= 0.5);
    }

    @Test
    void aShortHistoryUsesTheFallback() {
        assertEquals("short history", scorer.score(latency(50, new Random(4))).reason());
    }
}

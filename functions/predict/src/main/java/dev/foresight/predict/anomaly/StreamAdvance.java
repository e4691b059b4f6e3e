package dev.foresight.predict.anomaly;

import java.util.Optional;

/**
 * Advances a stream's detector by the points it has not seen yet, with their real times, and
 * says how anomalous those new points are: the strongest of them (an anomaly between two cycles
 * is not lost). A detector that starts afresh learns the whole history handed to it and is judged
 * on its last {@code recent} points only, as the replaying scorer did. Until the detector has
 * learned its stream (warm-up plus {@code recent} points) there is no verdict, and the caller
 * falls back to a short-history scorer.
 */
public final class StreamAdvance {
    private StreamAdvance() {
    }

    /**
     * @param times  epoch ms of each point, ascending
     * @param values the metric at each time, {@code NaN} where it was not reported
     */
    public static Optional<AnomalyScore> advance(OnlineDetector detector, long[] times, double[] values, int recent) {
        if (times.length != values.length || recent < 1) {
            throw new IllegalArgumentException("need as many times as values and recent >= 1");
        }
        boolean fresh = detector.points() == 0;
        int judgedFrom = fresh ? Math.max(0, times.length - recent) : 0;
        long seen = detector.lastMillis();
        AnomalyScore strongest = null;
        for (int i = 0; i < times.length; i++) {
            if (times[i] <= seen || !Double.isFinite(values[i])) {
                continue; // already learned, or not reported at that time
            }
            seen = times[i];
            if (i < judgedFrom) {
                detector.score(times[i], values[i]);
            } else {
                AnomalyScore s = detector.update(times[i], values[i]);
                if (strongest == null || s.score() > strongest.score()) {
                    strongest = s;
                }
            }
        }
        if (strongest == null || detector.points() < (long) detector.config().warmupRows() + recent) {
            return Optional.empty();
        }
        return Optional.of(strongest);
    }
}

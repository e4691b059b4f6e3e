package dev.foresight.predict.anomaly;

/**
 * Scores a stored history with the streaming detector: the points are replayed in order through
 * a fresh {@link OnlineDetector}, and the verdict is the strongest of the latest {@code recent}
 * points, so an anomaly seen one cycle ago is not lost between two cycles. A history too short for
 * the detector to have learned its stream falls back to the robust median/MAD score.
 */
public final class StreamReplayScorer implements AnomalyScorer {
    private final OnlineDetectorConfig config;
    private final long stepMillis;
    private final int recent;
    private final AnomalyScorer shortHistory;

    public StreamReplayScorer(OnlineDetectorConfig config, long stepMillis, int recent, AnomalyScorer shortHistory) {
        if (stepMillis <= 0 || recent <= 0) {
            throw new IllegalArgumentException("stepMillis and recent must be positive");
        }
        this.config = config;
        this.stepMillis = stepMillis;
        this.recent = recent;
        this.shortHistory = shortHistory;
    }

    @Override
    public AnomalyScore score(double[] history) {
        int observed = 0;
        for (double v : history) {
            if (Double.isFinite(v)) {
                observed++;
            }
        }
        if (observed < config.warmupRows() + recent) {
            return shortHistory.score(history);
        }
        OnlineDetector detector = new OnlineDetector(config);
        AnomalyScore strongest = AnomalyScore.NORMAL;
        int firstRecent = history.length - recent;
        for (int i = 0; i < history.length; i++) {
            if (!Double.isFinite(history[i])) {
                continue; // a missing point teaches nothing and is not scored
            }
            long at = i * stepMillis;
            if (i < firstRecent) {
                detector.score(at, history[i]);
            } else {
                AnomalyScore s = detector.update(at, history[i]);
                if (s.score() > strongest.score()) {
                    strongest = s;
                }
            }
        }
        return strongest;
    }
}

package dev.foresight.predict.anomaly;

/**
 * HTM-style anomaly likelihood: how unusual the short-window mean of a raw anomaly signal is
 * against the distribution of that same mean over a long history. The surprise is
 * {@code -log10} of the Gaussian tail probability, so it adapts to each stream's noise level.
 */
final class OnlineLikelihood {
    private final OnlineWindow recent;
    private final OnlineWindow history;
    private final int minHistory;
    private final double minStd;
    private double lastZ;

    OnlineLikelihood(int shortWindow, int longWindow, int minHistory, double minStd) {
        this.recent = new OnlineWindow(shortWindow);
        this.history = new OnlineWindow(longWindow);
        this.minHistory = minHistory;
        this.minStd = minStd;
    }

    /** Feeds one raw anomaly value and returns the surprise of the current short-window mean. */
    double update(double raw) {
        recent.push(raw);
        double average = recent.mean();
        double surprise = 0.0;
        lastZ = 0.0;
        if (history.size() >= minHistory) {
            double std = Math.max(history.std(), minStd);
            lastZ = (average - history.mean()) / std;
            surprise = OnlineTail.surprise(lastZ);
        }
        history.push(average);
        return surprise;
    }

    double lastZ() {
        return lastZ;
    }
}

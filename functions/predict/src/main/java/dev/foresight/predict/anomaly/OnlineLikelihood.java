package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * HTM-style anomaly likelihood: how unusual the short-window mean of a raw anomaly signal is
 * against the distribution of that same mean over a long history. The signal is
 * a z against that history's mean and spread, so it adapts to each stream's noise level.
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

    /**
     * Feeds one raw anomaly value and returns the z of the current short-window mean; the caller
     * turns only the winning z into a tail probability, which keeps the per-point cost low.
     */
    double update(double raw) {
        recent.push(raw);
        double average = recent.mean();
        lastZ = 0.0;
        if (history.size() >= minHistory) {
            double std = Math.max(history.std(), minStd);
            lastZ = (average - history.mean()) / std;
        }
        history.push(average);
        return lastZ;
    }

    double lastZ() {
        return lastZ;
    }

    void write(DataOutput out) throws IOException {
        recent.write(out);
        history.write(out);
        out.writeDouble(lastZ);
    }

    void read(DataInput in) throws IOException {
        recent.read(in);
        history.read(in);
        lastZ = in.readDouble();
    }
}

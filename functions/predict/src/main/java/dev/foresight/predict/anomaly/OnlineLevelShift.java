package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * Compares the mean of the last few values with the mean and spread of a longer reference
 * window just before them: a sustained move of the recent mean is a level shift, whereas a
 * single spike is diluted by the recent window. Also tracks constant runs, because a stream
 * stuck on one value for longer than it ever was before is a flat-line.
 */
final class OnlineLevelShift {
    private final OnlineWindow recent;
    private final OnlineWindow reference;
    private final int minReference;
    private final double floorFraction;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private double runValue = Double.NaN;
    private int run;
    private int longestRun;
    private int flatFor;

    OnlineLevelShift(int recentWindow, int referenceWindow, int minReference, double floorFraction) {
        this.recent = new OnlineWindow(recentWindow);
        this.reference = new OnlineWindow(referenceWindow);
        this.minReference = minReference;
        this.floorFraction = floorFraction;
    }

    /** Returns the shift of the recent mean in reference standard deviations (signed). */
    double update(double value) {
        trackRun(value);
        double evicted = recent.push(value);
        if (!Double.isNaN(evicted)) {
            reference.push(evicted);
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (reference.size() < minReference || !recent.full()) {
            return 0.0;
        }
        double std = Math.max(reference.std(), floorFraction * (max - min) + 1e-12);
        return (recent.mean() - reference.mean()) / std;
    }

    private void trackRun(double value) {
        if (value == runValue) {
            run++;
        } else {
            longestRun = Math.max(longestRun, run);
            runValue = value;
            run = 1;
        }
        flatFor = run;
    }

    /**
     * How many times longer than the longest earlier constant run the current one is: positive
     * only for the recent window's worth of rows after the run outgrows every earlier one (and
     * that window), because one stuck period is one episode however long it lasts.
     */
    double flatExcess() {
        int bar = Math.max(longestRun, recent.size());
        if (reference.size() < minReference || flatFor <= bar || flatFor > bar + recent.size() || max == min) {
            return 0.0;
        }
        return (double) flatFor / Math.max(1, longestRun);
    }

    /** Whether this row is the one at which the current run outgrew every earlier one. */
    boolean flatOnset() {
        return flatFor == Math.max(longestRun, recent.size()) + 1;
    }

    int flatRows() {
        return flatFor;
    }

    void write(DataOutput out) throws IOException {
        recent.write(out);
        reference.write(out);
        out.writeDouble(min);
        out.writeDouble(max);
        out.writeDouble(runValue);
        out.writeInt(run);
        out.writeInt(longestRun);
        out.writeInt(flatFor);
    }

    void read(DataInput in) throws IOException {
        recent.read(in);
        reference.read(in);
        min = in.readDouble();
        max = in.readDouble();
        runValue = in.readDouble();
        run = in.readInt();
        longestRun = in.readInt();
        flatFor = in.readInt();
    }
}

package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * A learned periodic profile (the typical value at each phase of a day or a week), cut into
 * bins of the stream's sampling step. Each bin starts as the plain mean of its first visits, so
 * one period's noise does not linger, then follows the level with exponential smoothing.
 */
final class OnlineProfile {
    private final long periodMillis;
    private final double alpha;
    private final double[] level;
    private final short[] visits;
    private final long binMillis;
    private int bin = -1;
    private int previousBin = -1;

    OnlineProfile(long periodMillis, long stepMillis, int maxBins, double alpha) {
        this.periodMillis = periodMillis;
        this.alpha = alpha;
        int bins = (int) Math.min(maxBins, Math.max(1, periodMillis / stepMillis));
        this.binMillis = periodMillis / bins;
        this.level = new double[bins];
        this.visits = new short[bins];
    }

    /** Moves to the bin of this time; call before {@link #learn(double)}. */
    void locate(long epochMillis) {
        previousBin = bin;
        bin = (int) Math.min(level.length - 1, Math.floorMod(epochMillis, periodMillis) / binMillis);
    }

    /** Whether this bin and the previous one have been visited, so both predictions exist. */
    boolean ready() {
        return previousBin >= 0 && visits[bin] > 0 && visits[previousBin] > 0;
    }

    /** The profile's value at the current phase. */
    double expected() {
        return level[bin];
    }

    /** How the profile changes from the previous row's phase to this one. */
    double step() {
        return level[bin] - level[previousBin];
    }

    void learn(double value) {
        visits[bin] = (short) Math.min(Short.MAX_VALUE, visits[bin] + 1);
        level[bin] += Math.max(alpha, 1.0 / visits[bin]) * (value - level[bin]);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(level.length);
        for (int i = 0; i < level.length; i++) {
            out.writeDouble(level[i]);
            out.writeShort(visits[i]);
        }
        out.writeInt(bin);
        out.writeInt(previousBin);
    }

    void read(DataInput in) throws IOException {
        DetectorSnapshot.expect("profile bins", level.length, in.readInt());
        for (int i = 0; i < level.length; i++) {
            level[i] = in.readDouble();
            visits[i] = in.readShort();
        }
        bin = in.readInt();
        previousBin = in.readInt();
    }
}

package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * Window novelty in the spirit of adaptive-resonance detectors (ARTime): the shape of the last
 * few cells (means of consecutive rows, scaled to the range seen so far) is matched against a
 * bounded memory of prototype windows. A close match refines that prototype; a window unlike any
 * of them becomes a new prototype, evicting the least recently matched one. The signal is how far
 * the current window lies from its best match, in standard deviations of the recent distances.
 */
final class OnlineNovelty {
    private final int cellRows;
    private final double[] cells;
    private final double[][] prototypes;
    private final long[] lastUsed;
    private final double[] feature;
    private final OnlineWindow distances;
    private final int minHistory;
    private final double learnRate;

    private int prototypeCount;
    private int filled;
    private int next;
    private int inCell;
    private double cellSum;
    private long cellsSeen;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double lastZ;

    OnlineNovelty(int cellRows, int windowCells, int memory, int history, int minHistory, double learnRate) {
        this.cellRows = cellRows;
        this.cells = new double[windowCells];
        this.feature = new double[windowCells];
        this.prototypes = new double[memory][windowCells];
        this.lastUsed = new long[memory];
        this.distances = new OnlineWindow(history);
        this.minHistory = minHistory;
        this.learnRate = learnRate;
    }

    /** Feeds one value; returns the novelty z of the window closed by it (0 between cells). */
    double update(double value) {
        cellSum += value;
        if (++inCell < cellRows) {
            lastZ = 0.0;
            return 0.0;
        }
        double mean = cellSum / cellRows;
        cellSum = 0.0;
        inCell = 0;
        cells[next] = mean;
        next = next + 1 == cells.length ? 0 : next + 1;
        filled = Math.min(filled + 1, cells.length);
        min = Math.min(min, mean);
        max = Math.max(max, mean);
        cellsSeen++;
        lastZ = 0.0;
        if (filled < cells.length || max == min) {
            return 0.0;
        }
        double scale = 1.0 / (max - min);
        for (int i = 0; i < cells.length; i++) {
            feature[i] = (cells[(next + i) % cells.length] - min) * scale;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int p = 0; p < prototypeCount; p++) {
            double d = distance(prototypes[p], bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        if (best < 0) {
            adopt(0);
            prototypeCount = 1;
            return 0.0;
        }
        if (distances.size() >= minHistory) {
            double std = Math.max(distances.std(), 1e-3);
            lastZ = (bestDistance - distances.mean()) / std;
        }
        distances.push(bestDistance);
        if (distances.size() >= minHistory && lastZ > 1.0) {
            adopt(prototypeCount < prototypes.length ? prototypeCount++ : leastRecentlyUsed());
        } else {
            double[] p = prototypes[best];
            for (int i = 0; i < p.length; i++) {
                p[i] += learnRate * (feature[i] - p[i]);
            }
            lastUsed[best] = cellsSeen;
        }
        return lastZ;
    }

    /** Mean absolute difference, abandoned once it exceeds {@code bound}. */
    private double distance(double[] prototype, double bound) {
        double limit = bound * feature.length;
        double sum = 0.0;
        for (int i = 0; i < feature.length && sum < limit; i++) {
            sum += Math.abs(feature[i] - prototype[i]);
        }
        return sum / feature.length;
    }

    private void adopt(int slot) {
        System.arraycopy(feature, 0, prototypes[slot], 0, feature.length);
        lastUsed[slot] = cellsSeen;
    }

    private int leastRecentlyUsed() {
        int oldest = 0;
        for (int p = 1; p < prototypeCount; p++) {
            if (lastUsed[p] < lastUsed[oldest]) {
                oldest = p;
            }
        }
        return oldest;
    }

    double lastZ() {
        return lastZ;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(cells.length);
        out.writeInt(prototypes.length);
        for (double c : cells) {
            out.writeDouble(c);
        }
        for (int p = 0; p < prototypes.length; p++) {
            for (double v : prototypes[p]) {
                out.writeDouble(v);
            }
            out.writeLong(lastUsed[p]);
        }
        distances.write(out);
        out.writeInt(prototypeCount);
        out.writeInt(filled);
        out.writeInt(next);
        out.writeInt(inCell);
        out.writeDouble(cellSum);
        out.writeLong(cellsSeen);
        out.writeDouble(min);
        out.writeDouble(max);
        out.writeDouble(lastZ);
    }

    void read(DataInput in) throws IOException {
        DetectorSnapshot.expect("novelty cells", cells.length, in.readInt());
        DetectorSnapshot.expect("novelty memory", prototypes.length, in.readInt());
        for (int i = 0; i < cells.length; i++) {
            cells[i] = in.readDouble();
        }
        for (int p = 0; p < prototypes.length; p++) {
            for (int i = 0; i < prototypes[p].length; i++) {
                prototypes[p][i] = in.readDouble();
            }
            lastUsed[p] = in.readLong();
        }
        distances.read(in);
        prototypeCount = in.readInt();
        filled = in.readInt();
        next = in.readInt();
        inCell = in.readInt();
        cellSum = in.readDouble();
        cellsSeen = in.readLong();
        min = in.readDouble();
        max = in.readDouble();
        lastZ = in.readDouble();
    }
}

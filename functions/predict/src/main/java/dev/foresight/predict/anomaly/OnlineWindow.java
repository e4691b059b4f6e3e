package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * Fixed-capacity ring of the most recent values with their running mean and variance.
 * Sums are rebuilt from the ring once per lap so floating-point drift cannot accumulate.
 */
final class OnlineWindow {
    private final double[] ring;
    private int next;
    private int size;
    private int sinceRebuild;
    private double sum;
    private double sumSquares;

    OnlineWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        ring = new double[capacity];
    }

    /** Adds a value and returns the one that fell out, or NaN while the ring was filling. */
    double push(double value) {
        double evicted = Double.NaN;
        if (size == ring.length) {
            evicted = ring[next];
            sum -= evicted;
            sumSquares -= evicted * evicted;
        } else {
            size++;
        }
        ring[next] = value;
        sum += value;
        sumSquares += value * value;
        next = next + 1 == ring.length ? 0 : next + 1;
        if (++sinceRebuild >= ring.length) {
            rebuild();
        }
        return evicted;
    }

    private void rebuild() {
        double s = 0;
        double q = 0;
        for (int i = 0; i < size; i++) {
            s += ring[i];
            q += ring[i] * ring[i];
        }
        sum = s;
        sumSquares = q;
        sinceRebuild = 0;
    }

    /** The value pushed {@code lag} pushes ago (0 = the latest). */
    double get(int lag) {
        int i = next - 1 - lag;
        while (i < 0) {
            i += ring.length;
        }
        return ring[i];
    }

    int size() {
        return size;
    }

    boolean full() {
        return size == ring.length;
    }

    double mean() {
        return size == 0 ? 0.0 : sum / size;
    }

    double variance() {
        if (size < 2) {
            return 0.0;
        }
        double m = sum / size;
        return Math.max(0.0, sumSquares / size - m * m);
    }

    double std() {
        return Math.sqrt(variance());
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(ring.length);
        for (double v : ring) {
            out.writeDouble(v);
        }
        out.writeInt(next);
        out.writeInt(size);
        out.writeInt(sinceRebuild);
        out.writeDouble(sum);
        out.writeDouble(sumSquares);
    }

    void read(DataInput in) throws IOException {
        DetectorSnapshot.expect("window capacity", ring.length, in.readInt());
        for (int i = 0; i < ring.length; i++) {
            ring[i] = in.readDouble();
        }
        next = in.readInt();
        size = in.readInt();
        sinceRebuild = in.readInt();
        sum = in.readDouble();
        sumSquares = in.readDouble();
    }
}

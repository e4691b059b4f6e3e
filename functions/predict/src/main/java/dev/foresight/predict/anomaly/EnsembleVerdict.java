package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Locale;

/** Remembers which ensemble member produced the winning surprise and phrases it on demand. */
final class EnsembleVerdict {
    private enum Kind { PREDICTION, SEASONAL, SHIFT, SPIKE, FLAT, NOVEL }

    private Kind kind = Kind.PREDICTION;
    private double amount;

    void predictionError(double sigmas, boolean seasonal) {
        kind = seasonal ? Kind.SEASONAL : Kind.PREDICTION;
        amount = sigmas;
    }

    void levelShift(double sigmas) {
        kind = Kind.SHIFT;
        amount = sigmas;
    }

    void novelShape(double sigmas) {
        kind = Kind.NOVEL;
        amount = sigmas;
    }

    void spike(double rangeFraction) {
        kind = Kind.SPIKE;
        amount = rangeFraction;
    }

    void flatLine(int rows) {
        kind = Kind.FLAT;
        amount = rows;
    }

    /** Words for the last point; only built when a caller asks, so scoring stays allocation-free. */
    String reason(double score) {
        if (score < 0.4) {
            return AnomalyScore.NORMAL.reason();
        }
        String side = amount >= 0 ? "above" : "below";
        double size = Math.abs(amount);
        return switch (kind) {
            case PREDICTION -> String.format(Locale.ROOT, "%.1fσ %s the expected next value", size, side);
            case SEASONAL -> String.format(Locale.ROOT, "%.1fσ %s its seasonal level", size, side);
            case SHIFT -> String.format(Locale.ROOT, "level shift: recent mean %.1fσ %s the usual level",
                    size, side);
            case SPIKE -> String.format(Locale.ROOT, "spike: %.0f%% of the usual range %s anything seen before",
                    100 * size, side);
            case NOVEL -> String.format(Locale.ROOT, "unfamiliar pattern: %.1fσ from every remembered window",
                    size);
            case FLAT -> String.format(Locale.ROOT, "flat-line: the same value for %d points", (int) size);
        };
    }

    void write(DataOutput out) throws IOException {
        out.writeByte(kind.ordinal());
        out.writeDouble(amount);
    }

    void read(DataInput in) throws IOException {
        int k = in.readByte();
        if (k < 0 || k >= Kind.values().length) {
            throw new IOException("unknown verdict kind " + k);
        }
        kind = Kind.values()[k];
        amount = in.readDouble();
    }
}

package dev.foresight.bench.warning;

/**
 * One evaluation of the replay at grid slot {@code slot}: whether a crossing was predicted, with
 * what confidence, how far ahead (0 = already beyond the limit) and on which side.
 */
public record Warning(int slot, boolean raised, double confidence, double ttfSeconds, boolean above) {
    static Warning quiet(int slot) {
        return new Warning(slot, false, 0, Double.NaN, false);
    }

    /** A crossing forecast ahead of time, the metric still inside its limits. */
    public boolean forecast() {
        return raised && ttfSeconds > 0;
    }

    /** The metric already beyond its limit: detection, not prediction. */
    public boolean alreadyOver() {
        return raised && ttfSeconds == 0;
    }
}

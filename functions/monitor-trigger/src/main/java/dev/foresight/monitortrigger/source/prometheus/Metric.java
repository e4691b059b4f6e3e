package dev.foresight.monitortrigger.source.prometheus;

import java.util.Locale;
import java.util.Optional;

/**
 * The snapshot columns a Prometheus query can fill, with the range each accepts (the table's
 * CHECK constraints). The configuration key is the lower-case name with dashes.
 */
public enum Metric {
    HEALTH(0, 1),
    LATENCY_MS(0, Double.MAX_VALUE),
    ERROR_RATE(0, 1),
    CPU(0, 1),
    MEMORY(0, 1),
    /** Requests served during one step; stored as a whole number. */
    REQUESTS(0, Double.MAX_VALUE);

    /** Floating-point dust over a bound (1.0000000002) is the bound, not an error. */
    private static final double SLACK = 1e-9;

    private final double min;
    private final double max;

    Metric(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Metric> fromKey(String key) {
        for (Metric m : values()) {
            if (m.key().equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The value clamped into range when it is only rounding dust outside it; empty when truly outside. */
    public Optional<Double> accept(double value) {
        if (value < min - SLACK || value > max + SLACK) {
            return Optional.empty();
        }
        return Optional.of(Math.min(max, Math.max(min, value)));
    }

    public String range() {
        return max == Double.MAX_VALUE ? "at least " + fmt(min) : "between " + fmt(min) + " and " + fmt(max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

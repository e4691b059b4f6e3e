package dev.foresight.predict.series;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The metrics Foresight predicts, with what a human needs to read their numbers: the unit, the
 * word for the limit, the valid range and the smallest change worth noticing.
 */
public enum Metric {
    LATENCY_MS("latency_ms", "SLO", false, 1.0),
    ERROR_RATE("error_rate", "limit", true, 0.001),
    CPU("cpu", "limit", true, 0.005),
    MEMORY("memory", "limit", true, 0.005);

    private final String key;
    private final String limitLabel;
    private final boolean fraction;
    private final double noiseFloor;

    Metric(String key, String limitLabel, boolean fraction, double noiseFloor) {
        this.key = key;
        this.limitLabel = limitLabel;
        this.fraction = fraction;
        this.noiseFloor = noiseFloor;
    }

    /** The name used in JSON, in the database and in reasoning, e.g. {@code latency_ms}. */
    public String key() {
        return key;
    }

    public String limitLabel() {
        return limitLabel;
    }

    /** Fractions live in [0, 1]; latency is any non-negative number of milliseconds. */
    public boolean fraction() {
        return fraction;
    }

    /** Changes smaller than this are measurement noise, whatever the history's spread. */
    public double noiseFloor() {
        return noiseFloor;
    }

    /** "612 ms" for latency, "7.2 %" for fractions. */
    public String format(double value) {
        return fraction
                ? String.format(Locale.ROOT, "%.1f %%", value * 100)
                : String.format(Locale.ROOT, "%.0f ms", value);
    }

    public static Optional<Metric> fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** "latency_ms, error_rate, cpu, memory" for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
    }
}

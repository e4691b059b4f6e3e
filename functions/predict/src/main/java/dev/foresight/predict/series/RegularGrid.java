package dev.foresight.predict.series;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Puts irregular observations on a regular time grid, the shape forecasters expect. Slots with
 * no observation hold {@code NaN}, so a gap stays visible as missing data instead of being
 * silently closed up (which would compress time and distort every trend).
 */
public final class RegularGrid {
    private RegularGrid() {}

    /** The median gap between consecutive distinct times, in seconds; empty below two distinct times. */
    public static OptionalDouble medianSpacingSeconds(long[] epochMillis) {
        double[] gaps = new double[Math.max(0, epochMillis.length - 1)];
        int n = 0;
        for (int i = 1; i < epochMillis.length; i++) {
            long gap = epochMillis[i] - epochMillis[i - 1];
            if (gap > 0) {
                gaps[n++] = gap / 1000.0;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(new Median().evaluate(gaps, 0, n));
    }

    /**
     * Values on a grid of {@code stepSeconds} anchored at the latest time (the last slot is the
     * latest observation). Times must be ascending. When two observations fall in one slot the
     * later finite one wins; at most {@code maxSlots} of the most recent slots are kept.
     */
    public static double[] resample(long[] epochMillis, double[] values, double stepSeconds, int maxSlots) {
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        if (!(stepSeconds > 0) || maxSlots < 1) {
            throw new IllegalArgumentException("step must be > 0 and maxSlots >= 1");
        }
        if (epochMillis.length == 0) {
            return new double[0];
        }
        long last = epochMillis[epochMillis.length - 1];
        long span = Math.round((last - epochMillis[0]) / 1000.0 / stepSeconds);
        int slots = (int) Math.min(maxSlots, span + 1);
        double[] grid = new double[slots];
        Arrays.fill(grid, Double.NaN);
        for (int i = 0; i < epochMillis.length; i++) {
            long back = Math.round((last - epochMillis[i]) / 1000.0 / stepSeconds);
            if (back < slots && Double.isFinite(values[i])) {
                grid[slots - 1 - (int) back] = values[i];
            }
        }
        return grid;
    }
}

package dev.foresight.bench.warning;

import dev.foresight.predict.series.RegularGrid;
import java.util.Arrays;

/**
 * A labelled series on a regular grid (missing slots {@code NaN}), the shape the forecasters
 * take, with its reference period and windows as slot ranges.
 *
 * @param referenceEnd first slot after the reference (probationary) period the limits come from
 * @param windows [start, end] slots of each labelled window, in time order
 * @param labels slot of the labelled failure inside each window, -1 when unknown
 */
public record WarningSeries(String name, double stepSeconds, long lastMillis, double[] values, int referenceEnd,
                            int[][] windows, int[] labels) {

    /** NAB's probationary period: the first 15 % of the rows, at most 750. */
    static final double PROBATION_FRACTION = 0.15;
    static final int PROBATION_MAX_ROWS = 750;

    /**
     * Puts the rows on a grid at their median spacing; window bounds and labels are instants.
     *
     * @param windowMillis [start, end] of each window
     * @param labelMillis the failure instant of each window, or {@code Long.MIN_VALUE} when unknown
     */
    public static WarningSeries of(String name, long[] epochMillis, double[] rows, long[][] windowMillis,
                                   long[] labelMillis) {
        double step = RegularGrid.medianSpacingSeconds(epochMillis)
                .orElseThrow(() -> new IllegalArgumentException(name + ": fewer than two distinct times"));
        long last = epochMillis[epochMillis.length - 1];
        int slots = (int) Math.round((last - epochMillis[0]) / 1000.0 / step) + 1;
        double[] values = RegularGrid.resample(epochMillis, rows, step, slots);
        int probationRows = (int) Math.min(Math.floor(PROBATION_FRACTION * rows.length), PROBATION_MAX_ROWS);
        WarningSeries shell = new WarningSeries(name, step, last, values, 0, new int[0][], new int[0]);
        int referenceEnd = shell.slotAt(epochMillis[probationRows]);
        int[][] windows = new int[windowMillis.length][];
        int[] labels = new int[windowMillis.length];
        for (int w = 0; w < windowMillis.length; w++) {
            windows[w] = new int[] {shell.slotAt(windowMillis[w][0]), shell.slotAt(windowMillis[w][1])};
            labels[w] = labelMillis[w] == Long.MIN_VALUE ? -1 : shell.slotAt(labelMillis[w]);
        }
        return new WarningSeries(name, step, last, values, referenceEnd, windows, labels);
    }

    /** The grid slot nearest an instant, clamped to the series. */
    public int slotAt(long epochMillis) {
        long back = Math.round((lastMillis - epochMillis) / 1000.0 / stepSeconds);
        return (int) Math.max(0, Math.min(values.length - 1, values.length - 1 - back));
    }

    public long millisAt(int slot) {
        return lastMillis - Math.round((values.length - 1 - slot) * stepSeconds * 1000);
    }

    /** The values of the reference period, which set the limits. */
    public double[] reference() {
        return Arrays.copyOf(values, referenceEnd);
    }
}

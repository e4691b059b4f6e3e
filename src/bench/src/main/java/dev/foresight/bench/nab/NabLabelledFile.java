package dev.foresight.bench.nab;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The detector-independent part of scoring one file: its probation period, its windows as row
 * ranges, and for each row which window holds it and what a detection there is worth.
 * In a window the worth falls from 1 at its first row towards 0 at its last; outside, it is
 * negative, close to 0 just after a window and -1 far from one (or before the first).
 */
public final class NabLabelledFile {
    static final double PROBATION_FRACTION = 0.15;
    static final int PROBATION_MAX_ROWS = 750;
    private static final double FAR_AWAY = 3.0;
    private static final double EARLIEST = positionValue(-1.0);

    private final String name;
    private final int rows;
    private final int probation;
    private final List<int[]> windows;
    private final int[] windowOf;
    private final double[] value;
    private final int[] scorableWindows;

    /** {@code labelWindows}: [start, end] timestamps; {@code timestamps}: the data file's rows. */
    public NabLabelledFile(String name, List<String> timestamps, List<String[]> labelWindows) {
        this.name = name;
        this.rows = timestamps.size();
        this.probation = (int) Math.min(Math.floor(PROBATION_FRACTION * rows), PROBATION_MAX_ROWS);
        Map<LocalDateTime, Integer> index = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            index.putIfAbsent(NabSeries.parseTime(timestamps.get(i)), i);
        }
        List<int[]> found = new ArrayList<>();
        for (String[] w : labelWindows) {
            Integer a = index.get(NabSeries.parseTime(w[0]));
            Integer b = index.get(NabSeries.parseTime(w[1]));
            if (a == null || b == null) {
                throw new IllegalArgumentException(name + ": window [" + w[0] + ", " + w[1]
                        + "] names a timestamp not in the data file");
            }
            if (b < a) {
                throw new IllegalArgumentException(name + ": window [" + w[0] + ", " + w[1] + "] ends before it starts");
            }
            found.add(new int[] {a, b});
        }
        found.sort(Comparator.comparingInt(w -> w[0]));
        for (int k = 1; k < found.size(); k++) {
            if (found.get(k)[0] <= found.get(k - 1)[1]) {
                throw new IllegalArgumentException(name + ": windows overlap at row " + found.get(k)[0]);
            }
        }
        this.windows = List.copyOf(found);
        this.windowOf = new int[rows];
        this.value = new double[rows];
        fillRowValues();
        TreeSet<Integer> scorable = new TreeSet<>();
        for (int i = probation; i < rows; i++) {
            if (windowOf[i] >= 0) {
                scorable.add(windowOf[i]);
            }
        }
        this.scorableWindows = scorable.stream().mapToInt(Integer::intValue).toArray();
    }

    /** NAB's scaled sigmoid of the position relative to a window's right edge. */
    static double positionValue(double x) {
        if (x > FAR_AWAY) {
            return -1.0;
        }
        return 2.0 / (1.0 + Math.exp(5.0 * x)) - 1.0;
    }

    private void fillRowValues() {
        int w = 0;
        int lastRight = -1;
        int lastWidth = 0;
        for (int i = 0; i < rows; i++) {
            if (w < windows.size() && i > windows.get(w)[1]) {
                lastRight = windows.get(w)[1];
                lastWidth = windows.get(w)[1] - windows.get(w)[0] + 1;
                w++;
            }
            windowOf[i] = -1;
            value[i] = -1.0;
            if (w < windows.size() && i >= windows.get(w)[0] && i <= windows.get(w)[1]) {
                int a = windows.get(w)[0];
                int b = windows.get(w)[1];
                windowOf[i] = w;
                value[i] = positionValue(-(double) (b - i + 1) / (b - a + 1)) / EARLIEST;
            } else if (lastRight >= 0) {
                // Distance after a window is measured in (width - 1) rows, as NAB does.
                value[i] = positionValue((double) (i - lastRight) / Math.max(lastWidth - 1, 1));
            }
        }
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int probation() {
        return probation;
    }

    public int windowCount() {
        return windows.size();
    }

    /** Windows with at least one row after the probation period. */
    public int[] scorableWindows() {
        return scorableWindows.clone();
    }

    int scorableCount() {
        return scorableWindows.length;
    }

    /** Window index holding the row, or -1. */
    public int windowOf(int row) {
        return windowOf[row];
    }

    /** Unweighted worth of a detection at the row: in (0, 1] inside a window, in [-1, 0) outside. */
    public double value(int row) {
        return value[row];
    }
}

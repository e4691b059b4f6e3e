package dev.foresight.monitortrigger.source.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range query into pieces Prometheus accepts: it refuses a query_range that would return
 * more than 11 000 points per series. Pieces are step-aligned, adjacent and never overlap, so
 * every timestamp of the range is asked once.
 */
public final class RangeSplitter {
    /** Prometheus's own limit on points per series in one query_range. */
    public static final int PROMETHEUS_MAX_POINTS = 11_000;

    private RangeSplitter() {}

    /** One piece: {@code start} and {@code end} inclusive, both on the step grid. */
    public record Range(Instant start, Instant end, long points) {}

    /**
     * The range of points to ask for now: from the step after {@code lastStored} (or the window's
     * start, whichever is later) up to the last step boundary at or before {@code now}. Empty when
     * nothing new is due.
     */
    public static List<Range> plan(Instant now, Duration window, Duration step, Instant lastStored, int maxPoints) {
        long stepMs = step.toMillis();
        long end = Math.floorDiv(now.toEpochMilli(), stepMs) * stepMs;
        long start = Math.floorDiv(now.minus(window).toEpochMilli(), stepMs) * stepMs;
        if (lastStored != null) {
            long next = Math.floorDiv(lastStored.toEpochMilli(), stepMs) * stepMs + stepMs;
            start = Math.max(start, next);
        }
        return split(start, end, stepMs, maxPoints);
    }

    static List<Range> split(long startMs, long endMs, long stepMs, int maxPoints) {
        if (stepMs <= 0 || maxPoints < 1 || maxPoints > PROMETHEUS_MAX_POINTS) {
            throw new IllegalArgumentException("step must be positive and points per query between 1 and "
                    + PROMETHEUS_MAX_POINTS);
        }
        List<Range> pieces = new ArrayList<>();
        for (long from = startMs; from <= endMs; ) {
            long to = Math.min(endMs, from + (maxPoints - 1) * stepMs);
            pieces.add(new Range(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), (to - from) / stepMs + 1));
            from = to + stepMs;
        }
        return pieces;
    }
}

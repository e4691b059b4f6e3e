package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.series.Metric;
import dev.foresight.predict.series.RegularGrid;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotEntity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Turns a service's stored snapshots into one regular series per metric, stepped at the median
 * spacing of the snapshot times, with the service's own limits. A metric observed fewer than
 * {@code minPoints} times is left out: too little to forecast honestly.
 */
public final class SnapshotSeries {
    /** Gaps up to this many times the history length are kept as missing points; older data is dropped. */
    static final int GRID_SLACK = 4;

    private SnapshotSeries() {}

    /** The series and when the latest snapshot was taken (the forecast origin). */
    public record Built(List<MetricSeries> series, OptionalDouble stepSeconds, Optional<OffsetDateTime> origin) {}

    public static Built of(ServiceEntity service, List<SnapshotEntity> rows, int minPoints) {
        long[] times = rows.stream().mapToLong(r -> r.time.toInstant().toEpochMilli()).toArray();
        OptionalDouble step = RegularGrid.medianSpacingSeconds(times);
        if (step.isEmpty()) {
            return new Built(List.of(), step, latestTime(rows));
        }
        List<MetricSeries> series = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            double[] raw = rows.stream().mapToDouble(r -> orNaN(reading(metric).apply(r))).toArray();
            double[] grid = RegularGrid.resample(times, raw, step.getAsDouble(), GRID_SLACK * rows.size());
            MetricSeries s = new MetricSeries(metric, step.getAsDouble(), grid,
                    OptionalDouble.of(limit(service, metric)));
            if (s.observedPoints() >= minPoints) {
                series.add(s);
            }
        }
        return new Built(series, step, latestTime(rows));
    }

    private static Optional<OffsetDateTime> latestTime(List<SnapshotEntity> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1).time);
    }

    static Function<SnapshotEntity, Double> reading(Metric metric) {
        return switch (metric) {
            case LATENCY_MS -> r -> r.latencyMs;
            case ERROR_RATE -> r -> r.errorRate;
            case CPU -> r -> r.cpu;
            case MEMORY -> r -> r.memory;
        };
    }

    static double limit(ServiceEntity service, Metric metric) {
        return switch (metric) {
            case LATENCY_MS -> service.latencySloMs;
            case ERROR_RATE -> service.errorRateLimit;
            case CPU -> service.cpuLimit;
            case MEMORY -> service.memoryLimit;
        };
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}

package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointMergerTest {
    private static final Instant T0 = Instant.parse("2026-12-03T06:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Series series(Sample... samples) {
        return new Series(Map.of(), List.of(samples));
    }

    @Test
    void metricsAreJoinedByTimestamp() {
        Map<Metric, List<Series>> answers = new EnumMap<>(Metric.class);
        answers.put(Metric.CPU, List.of(series(new Sample(T0, 0.5), new Sample(T1, 0.6))));
        answers.put(Metric.MEMORY, List.of(series(new Sample(T1, 0.7))));
        answers.put(Metric.LATENCY_MS, List.of());
        PointMerger.Merged merged = PointMerger.merge("api", answers);
        assertEquals(List.of(new PointMerger.Point(T0, Map.of(Metric.CPU, 0.5)),
                new PointMerger.Point(T1, Map.of(Metric.CPU, 0.6, Metric.MEMORY, 0.7))), merged.points());
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void notANumberIsNoValueAndRoundingDustIsClamped() {
        Map<Metric, List<Series>> answers = new EnumMap<>(Metric.class);
        answers.put(Metric.ERROR_RATE, List.of(series(new Sample(T0, Double.NaN), new Sample(T1, 1.0000000001))));
        PointMerger.Merged merged = PointMerger.merge("api", answers);
        assertEquals(List.of(new PointMerger.Point(T1, Map.of(Metric.ERROR_RATE, 1.0))), merged.points());
        assertEquals(List.of(), merged.problems());
    }

    @Test
    void outOfRangeValuesAreDroppedAndSaidOnce() {
        Map<Metric, List<Series>> answers = new EnumMap<>(Metric.class);
        answers.put(Metric.CPU, List.of(series(new Sample(T0, 1.7), new Sample(T1, 2.0))));
        answers.put(Metric.LATENCY_MS, List.of(series(new Sample(T0, 12.0))));
        PointMerger.Merged merged = PointMerger.merge("api", answers);
        assertEquals(List.of(new PointMerger.Point(T0, Map.of(Metric.LATENCY_MS, 12.0))), merged.points());
        assertEquals(List.of("query \"cpu\" of service \"api\" gave 1.7 at 2026-12-03T06:00:00Z, which must be between 0 and 1;"
                + " 2 values dropped"), merged.problems());
    }

    @Test
    void severalSeriesAreRefused() {
        Map<Metric, List<Series>> answers = new EnumMap<>(Metric.class);
        answers.put(Metric.CPU, List.of(new Series(Map.of("cpu", "0"), List.of(new Sample(T0, 0.1))),
                new Series(Map.of("cpu", "1"), List.of(new Sample(T0, 0.2)))));
        PointMerger.Merged merged = PointMerger.merge("node", answers);
        assertEquals(List.of(), merged.points());
        assertEquals(List.of("query \"cpu\" of service \"node\" returned 2 series {cpu=0}, ...; aggregate it to one (sum, avg, max)"),
                merged.problems());
    }
}

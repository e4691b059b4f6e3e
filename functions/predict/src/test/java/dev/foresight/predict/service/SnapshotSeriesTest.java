package dev.foresight.predict.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.series.Metric;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotEntity;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSeriesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static SnapshotEntity snapshot(int minute, Double latency, Double cpu) {
        SnapshotEntity s = new SnapshotEntity();
        s.time = T0.plusMinutes(minute);
        s.latencyMs = latency;
        s.cpu = cpu;
        return s;
    }

    @Test
    void oneSeriesPerSufficientlyObservedMetricWithTheServiceLimits() {
        ServiceEntity service = new ServiceEntity();
        service.latencySloMs = 450;
        service.cpuLimit = 0.75;
        List<SnapshotEntity> rows = new ArrayList<>();
        for (int m = 0; m < 20; m++) {
            if (m == 10 || m == 11) {
                continue; // two missed collections
            }
            rows.add(snapshot(m, 100.0 + m, m < 5 ? 0.5 : null));
        }
        SnapshotSeries.Built built = SnapshotSeries.of(service, rows, 8);

        assertEquals(60.0, built.stepSeconds().getAsDouble());
        assertEquals(T0.plusMinutes(19), built.origin().orElseThrow());
        assertEquals(1, built.series().size(), "cpu has only 5 points, below the minimum of 8");
        MetricSeries latency = built.series().get(0);
        assertEquals(Metric.LATENCY_MS, latency.metric());
        assertEquals(450, latency.limit().getAsDouble());
        assertEquals(20, latency.values().length);
        assertTrue(Double.isNaN(latency.values()[10]) && Double.isNaN(latency.values()[11]));
        assertEquals(119.0, latency.latest());
        assertEquals(18, latency.observedPoints());
    }

    @Test
    void noSpacingWithoutTwoSnapshots() {
        SnapshotSeries.Built built = SnapshotSeries.of(new ServiceEntity(), List.of(snapshot(0, 100.0, 0.5)), 8);
        assertTrue(built.series().isEmpty());
        assertTrue(built.stepSeconds().isEmpty());
    }
}

package dev.foresight.predict.service;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.series.Metric;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HistoryChoiceTest {
    private static SnapshotSeries.Built built(double step, int points) {
        MetricSeries s = new MetricSeries(Metric.LATENCY_MS, step, new double[points], OptionalDouble.of(500));
        return new SnapshotSeries.Built(List.of(s), OptionalDouble.of(step), Optional.of(OffsetDateTime.now()));
    }

    @Test
    void theBucketsAreReadOnlyWhenTheyAloneHoldTwoDays() {
        SnapshotSeries.Built sixHours = built(60, 360);
        SnapshotSeries.Built threeDaysOfBuckets = built(300, 864);
        SnapshotSeries.Built oneDayOfBuckets = built(300, 288);
        SnapshotSeries.Built twoDaysRecent = built(60, 2_880);
        assertSame(threeDaysOfBuckets, HistoryChoice.pick(sixHours, threeDaysOfBuckets));
        assertSame(sixHours, HistoryChoice.pick(sixHours, oneDayOfBuckets));
        assertSame(twoDaysRecent, HistoryChoice.pick(twoDaysRecent, threeDaysOfBuckets));
    }
}

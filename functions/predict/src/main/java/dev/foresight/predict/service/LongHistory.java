package dev.foresight.predict.service;

import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotAggregates;
import dev.foresight.shared.fleet.SnapshotEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The history a service's forecasts read ({@link HistoryChoice}): the recent snapshots, or their
 * means per {@code aggregate-seconds} bucket over {@code aggregate-days} when only those span the
 * two days a seasonal forecast needs. The forecast origin stays the latest snapshot's time.
 */
@ApplicationScoped
public class LongHistory {
    private final PredictConfig config;
    private final SnapshotAggregates aggregates;

    public LongHistory(PredictConfig config, SnapshotAggregates aggregates) {
        this.config = config;
        this.aggregates = aggregates;
    }

    public Uni<SnapshotSeries.Built> read(ServiceEntity service, List<SnapshotEntity> recentRows) {
        SnapshotSeries.Built recent = SnapshotSeries.of(service, recentRows, config.minPoints());
        if (config.aggregateDays() == 0 || recentRows.isEmpty() || HistoryChoice.seasonal(recent)) {
            return Uni.createFrom().item(recent);
        }
        OffsetDateTime since = recentRows.get(recentRows.size() - 1).time.minus(Duration.ofDays(config.aggregateDays()));
        return aggregates.buckets(service.id, config.aggregateSeconds(), since).map(rows -> {
            SnapshotSeries.Built buckets = SnapshotSeries.of(service, rows, config.minPoints());
            SnapshotSeries.Built chosen = HistoryChoice.pick(recent, buckets);
            return chosen == recent ? recent
                    : new SnapshotSeries.Built(chosen.series(), chosen.stepSeconds(), recent.origin());
        });
    }
}

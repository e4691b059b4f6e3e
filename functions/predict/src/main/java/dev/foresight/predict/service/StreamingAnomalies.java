package dev.foresight.predict.service;

import dev.foresight.predict.anomaly.AnomalyScore;
import dev.foresight.predict.anomaly.DetectorSnapshot;
import dev.foresight.predict.anomaly.OnlineDetector;
import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import dev.foresight.predict.anomaly.StreamAdvance;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.predict.series.Metric;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.prediction.DetectorStateEntity;
import dev.foresight.shared.prediction.DetectorStateRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps one streaming anomaly detector per (service, metric) between cycles: loads its saved
 * state, feeds it the snapshots it has not seen with their real times ({@link StreamAdvance}),
 * and saves it again in the prediction's transaction. A state of another format or other
 * settings is not restored: that detector starts afresh from the history read this cycle.
 */
@ApplicationScoped
public class StreamingAnomalies {
    private final DetectorStateRepository states;
    private final PredictConfig config;
    private final OnlineDetectorConfig detector = OnlineDetectorConfig.defaults();

    public StreamingAnomalies(DetectorStateRepository states, PredictConfig config) {
        this.states = states;
        this.config = config;
    }

    /** The verdict on the new snapshots per metric that has one; saves every advanced detector. */
    public Uni<Map<Metric, AnomalyScore>> advance(long serviceId, List<SnapshotEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        long[] times = rows.stream().mapToLong(r -> r.time.toInstant().toEpochMilli()).toArray();
        return states.forService(serviceId).chain(saved -> {
            Map<Metric, AnomalyScore> verdicts = new EnumMap<>(Metric.class);
            List<Supplier<Uni<Integer>>> writes = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                double[] values = values(rows, SnapshotSeries.reading(metric));
                if (!observed(values)) {
                    continue;
                }
                DetectorStateEntity row = saved.stream().filter(s -> s.metric.equals(metric.key())).findFirst().orElse(null);
                OnlineDetector d = row == null ? new OnlineDetector(detector)
                        : DetectorSnapshot.restore(detector, row.state).orElseGet(() -> new OnlineDetector(detector));
                Optional<AnomalyScore> verdict = StreamAdvance.advance(d, times, values, config.anomaly().recentPoints());
                verdict.ifPresent(v -> verdicts.put(metric, v));
                if (d.points() > 0 && (row == null || d.lastMillis() > row.lastTime.toInstant().toEpochMilli()
                        || row.format != DetectorSnapshot.FORMAT)) {
                    byte[] bytes = DetectorSnapshot.save(d);
                    OffsetDateTime last = Instant.ofEpochMilli(d.lastMillis()).atOffset(ZoneOffset.UTC);
                    writes.add(() -> states.save(serviceId, metric.key(), DetectorSnapshot.FORMAT, last, bytes));
                }
            }
            // one session, so one statement at a time
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Supplier<Uni<Integer>> write : writes) {
                done = done.chain(() -> write.get().replaceWithVoid());
            }
            return done.map(ignored -> verdicts);
        });
    }

    private static double[] values(List<SnapshotEntity> rows, Function<SnapshotEntity, Double> reading) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = reading.apply(rows.get(i));
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    private static boolean observed(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }
}

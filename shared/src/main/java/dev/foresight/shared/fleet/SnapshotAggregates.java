package dev.foresight.shared.fleet;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's long history in fixed time buckets: the mean of each metric per bucket, computed by
 * PostgreSQL ({@code date_bin}, buckets aligned on 2000-01-01 UTC so they do not move between
 * calls). A read-only query outside any transaction.
 */
@ApplicationScoped
public class SnapshotAggregates {
    private static final String SQL = """
            SELECT date_bin(make_interval(secs => $2), time, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket,
                   avg(latency_ms) AS latency_ms, avg(error_rate) AS error_rate, avg(cpu) AS cpu, avg(memory) AS memory
              FROM metric_snapshots
             WHERE service_id = $1 AND time >= $3
             GROUP BY bucket
             ORDER BY bucket""";

    private final Pool pool;

    public SnapshotAggregates(Pool pool) {
        this.pool = pool;
    }

    /** One snapshot per bucket since {@code since}, oldest first, its time the bucket's start. */
    public Uni<List<SnapshotEntity>> buckets(long serviceId, int bucketSeconds, OffsetDateTime since) {
        return pool.preparedQuery(SQL).execute(Tuple.of(serviceId, (double) bucketSeconds, since)).map(rows -> {
            List<SnapshotEntity> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                SnapshotEntity s = new SnapshotEntity();
                s.serviceId = serviceId;
                s.time = r.getOffsetDateTime("bucket");
                s.latencyMs = r.getDouble("latency_ms");
                s.errorRate = r.getDouble("error_rate");
                s.cpu = r.getDouble("cpu");
                s.memory = r.getDouble("memory");
                out.add(s);
            }
            return out;
        });
    }
}

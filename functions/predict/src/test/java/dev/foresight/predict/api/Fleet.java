package dev.foresight.predict.api;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes fleet rows straight into the test database, the way monitor-trigger would have stored them. */
final class Fleet {
    private final Pool pool;

    Fleet(Pool pool) {
        this.pool = pool;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long service(String name, double latencySloMs) {
        return pool.preparedQuery("INSERT INTO services (name, latency_slo_ms) VALUES ($1, $2) RETURNING id")
                .execute(Tuple.of(name, latencySloMs)).await().indefinitely().iterator().next().getLong("id");
    }

    void dependsOn(long service, long dependsOn, String kind, double weight) {
        pool.preparedQuery("INSERT INTO service_dependencies (service_id, depends_on_id, kind, weight) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(service, dependsOn, kind, weight)).await().indefinitely();
    }

    /** One snapshot every {@code stepSeconds}, the last one now; a null array leaves that metric unreported. */
    void snapshots(long service, int stepSeconds, double[] latency, double[] errorRate, double[] cpu) {
        int n = latency.length;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tuple> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(Tuple.of(service, now.minusSeconds((long) (n - 1 - i) * stepSeconds), latency[i],
                    errorRate == null ? null : errorRate[i], cpu == null ? null : cpu[i]));
        }
        pool.preparedQuery("INSERT INTO metric_snapshots (service_id, time, latency_ms, error_rate, cpu) VALUES ($1, $2, $3, $4, $5)")
                .executeBatch(rows).await().indefinitely();
    }

    /** Latency snapshots at {@code first}, {@code first + step}, ... (exact times, for replays). */
    void latencyAt(long service, OffsetDateTime first, int stepSeconds, double[] latency) {
        List<Tuple> rows = new ArrayList<>(latency.length);
        for (int i = 0; i < latency.length; i++) {
            rows.add(Tuple.of(service, first.plusSeconds((long) i * stepSeconds), latency[i]));
        }
        pool.preparedQuery("INSERT INTO metric_snapshots (service_id, time, latency_ms) VALUES ($1, $2, $3)")
                .executeBatch(rows).await().indefinitely();
    }

    long count(String table, String service) {
        return pool.preparedQuery("SELECT count(*) AS n FROM " + table + " WHERE service = $1")
                .execute(Tuple.of(service)).await().indefinitely().iterator().next().getLong("n");
    }

    long countAll(String table) {
        return pool.query("SELECT count(*) AS n FROM " + table).execute().await().indefinitely().iterator().next().getLong("n");
    }

    Row prediction(long id) {
        return pool.preparedQuery("SELECT * FROM predictions WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next();
    }

    Row decision(long id) {
        return pool.preparedQuery("SELECT id, type, service, reasoning, confidence, context::text AS context FROM decisions WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next();
    }
}

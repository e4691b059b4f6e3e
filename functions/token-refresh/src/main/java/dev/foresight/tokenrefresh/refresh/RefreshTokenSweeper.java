package dev.foresight.tokenrefresh.refresh;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes dead refresh tokens on a schedule, in batches. A family goes only when none of its
 * tokens is live or was within the grace period, so a spent token stays known (and its reuse
 * detected) as long as a successor of it can be used. {@code FOR UPDATE SKIP LOCKED} lets several
 * instances sweep at once, each taking rows the others are not deleting.
 */
@ApplicationScoped
public class RefreshTokenSweeper {
    private static final Logger LOG = Logger.getLogger(RefreshTokenSweeper.class);

    static final String DELETE_BATCH = """
            DELETE FROM refresh_tokens WHERE id IN (
              SELECT r.id FROM refresh_tokens r
              WHERE (r.revoked_at < $1 OR r.expires_at < $1)
                AND NOT EXISTS (SELECT 1 FROM refresh_tokens l
                                WHERE l.family_id = r.family_id AND l.revoked_at IS NULL AND l.expires_at >= $1)
              ORDER BY r.id LIMIT $2 FOR UPDATE SKIP LOCKED)""";

    private final Pool pool;
    private final Vertx vertx;
    private final TokenRefreshConfig config;
    private long timer = -1;

    public RefreshTokenSweeper(Pool pool, Vertx vertx, TokenRefreshConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(config.cleanupInterval().toMillis(), ignored -> sweep().subscribe().with(
                deleted -> {
                    if (deleted > 0) {
                        LOG.infof("deleted %d expired or revoked refresh token(s)", deleted);
                    }
                },
                failure -> LOG.warnf(failure, "refresh token cleanup failed; next try in %s", config.cleanupInterval())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Deletes batch after batch until one comes back short; returns how many rows went. */
    public Uni<Long> sweep() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.cleanupGrace());
        return batchesFrom(cutoff, 0L);
    }

    private Uni<Long> batchesFrom(OffsetDateTime cutoff, long deletedSoFar) {
        int batch = config.cleanupBatchSize();
        return pool.preparedQuery(DELETE_BATCH).execute(Tuple.of(cutoff, batch)).flatMap(rows -> {
            long total = deletedSoFar + rows.rowCount();
            return rows.rowCount() < batch ? Uni.createFrom().item(total) : batchesFrom(cutoff, total);
        });
    }
}

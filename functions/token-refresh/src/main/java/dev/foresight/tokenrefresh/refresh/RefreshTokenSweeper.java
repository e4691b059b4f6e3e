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
 * instances sweep at once, each taking rows the others are not deleting. Revoked access tokens
 * past their exp (and the grace) go as well: an expired token is refused anyway. The audit log stays.
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

    static final String DELETE_REVOKED_ACCESS_BATCH = """
            DELETE FROM revoked_access_tokens WHERE jti IN (
              SELECT jti FROM revoked_access_tokens WHERE expires_at < $1
              ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)""";

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
        timer = vertx.setPeriodic(config.cleanupInterval().toMillis(), ignored -> sweep()
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("deleted %d expired or revoked refresh token(s)", deleted);
                    }
                })
                .chain(this::sweepRevokedAccessTokens)
                .subscribe().with(
                deleted -> {
                    if (deleted > 0) {
                        LOG.infof("deleted %d revoked access token(s) past their exp", deleted);
                    }
                },
                failure -> LOG.warnf(failure, "refresh token cleanup failed; next try in %s", config.cleanupInterval())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Deletes dead refresh tokens batch after batch until one comes back short; returns how many rows went. */
    public Uni<Long> sweep() {
        return batchesFrom(DELETE_BATCH, cutoff(), 0L);
    }

    /** Deletes revoked access tokens whose exp passed before the grace; returns how many rows went. */
    public Uni<Long> sweepRevokedAccessTokens() {
        return batchesFrom(DELETE_REVOKED_ACCESS_BATCH, cutoff(), 0L);
    }

    private OffsetDateTime cutoff() {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(config.cleanupGrace());
    }

    private Uni<Long> batchesFrom(String delete, OffsetDateTime cutoff, long deletedSoFar) {
        int batch = config.cleanupBatchSize();
        return pool.preparedQuery(delete).execute(Tuple.of(cutoff, batch)).flatMap(rows -> {
            long total = deletedSoFar + rows.rowCount();
            return rows.rowCount() < batch ? Uni.createFrom().item(total) : batchesFrom(delete, cutoff, total);
        });
    }
}

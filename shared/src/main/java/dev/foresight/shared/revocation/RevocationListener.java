package dev.foresight.shared.revocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps {@link RevokedAccessTokens} current in every function: token-refresh's announcements on
 * {@link Channels#REVOCATIONS} apply at once, and the stored revocations
 * ({@code revoked_access_tokens}, {@code client_logouts}) are read at start and every
 * {@link #RELOAD} after, so a message lost while Redis was away is caught up within that time.
 */
@Singleton
public class RevocationListener {
    private static final Logger LOG = Logger.getLogger(RevocationListener.class);
    /** How stale a lost announcement can leave this instance. */
    static final Duration RELOAD = Duration.ofSeconds(30);

    private final RevokedAccessTokens revoked;
    private final ReactiveRedisDataSource redis;
    private final Pool db;
    private final Vertx vertx;
    private final ObjectMapper json;
    private Cancellable subscription;
    private long timer = -1;

    public RevocationListener(RevokedAccessTokens revoked, ReactiveRedisDataSource redis, Pool db, Vertx vertx,
            ObjectMapper json) {
        this.revoked = revoked;
        this.redis = redis;
        this.db = db;
        this.vertx = vertx;
        this.json = json;
    }

    void start(@Observes StartupEvent started) {
        // subscribed before the first read, so nothing announced in between is missed
        subscription = redis.pubsub(String.class).subscribe(Channels.REVOCATIONS).subscribe().with(this::apply,
                failure -> LOG.warnf("revocation announcements unavailable (%s); stored revocations are re-read every %s",
                        failure.getMessage(), RELOAD));
        reload().subscribe().with(ignored -> {}, failure -> LOG.warnf("cannot read stored revocations: %s", failure.getMessage()));
        timer = vertx.setPeriodic(RELOAD.toMillis(), id -> reload().subscribe().with(ignored -> {},
                failure -> LOG.warnf("cannot re-read stored revocations: %s", failure.getMessage())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscription != null) {
            subscription.cancel();
        }
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Reads the live stored revocations and forgets the expired ones. */
    public Uni<Void> reload() {
        long now = Instant.now().getEpochSecond();
        return db.query("SELECT jti, extract(epoch FROM expires_at)::bigint AS exp FROM revoked_access_tokens"
                        + " WHERE expires_at > now()").execute()
                .invoke(rows -> rows.forEach(row -> revoked.revoke(row.getString("jti"), row.getLong("exp"))))
                .chain(() -> db.query("SELECT client_id, extract(epoch FROM issued_before)::bigint AS before"
                        + " FROM client_logouts").execute())
                .invoke(rows -> rows.forEach(this::logout))
                .invoke(() -> revoked.forgetExpired(now))
                .replaceWithVoid();
    }

    private void logout(Row row) {
        revoked.logout(row.getString("client_id"), row.getLong("before"));
    }

    /** {@code {"clientId":..,"jti":..,"expiresAt":..}} or {@code {"clientId":..,"issuedBefore":..}}. */
    void apply(String message) {
        try {
            JsonNode node = json.readTree(message);
            String clientId = node.path("clientId").isTextual() ? node.path("clientId").asText() : null;
            if (node.path("jti").isTextual()) {
                // without expiresAt (an older sender), held until the next reload, which knows it
                long expiresAt = node.path("expiresAt").isIntegralNumber() ? node.path("expiresAt").asLong()
                        : Instant.now().plus(RELOAD).getEpochSecond();
                revoked.revoke(node.path("jti").asText(), expiresAt);
            } else if (clientId != null && node.path("issuedBefore").isIntegralNumber()) {
                revoked.logout(clientId, node.path("issuedBefore").asLong());
            } else {
                LOG.warnf("ignored a revocation announcement that is neither a jti nor a logout (%d chars)", message.length());
            }
        } catch (IOException unreadable) {
            LOG.warnf("ignored an unreadable revocation announcement (%d chars)", message.length());
        }
    }
}

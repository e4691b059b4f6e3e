package dev.foresight.monitortrigger.cycle.trigger;

import dev.foresight.shared.redis.Channels;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Remembers triggers by idempotency key in Redis. The first delivery claims the key with a
 * "running" marker (SET NX, living as long as a cycle may); when its cycle ends the marker is
 * replaced by the report, kept for the dedup TTL. A cycle that could not run gives the key back
 * so that the retry runs one.
 */
@ApplicationScoped
public class TriggerDedup {
    static final String RUNNING = "running";

    private final ReactiveRedisDataSource redis;

    public TriggerDedup(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** What a delivery finds: the key is its own now, a cycle for it is running, or it ran and this was its report. */
    public sealed interface Claim {
        record Fresh() implements Claim {}

        record Running() implements Claim {}

        record Done(String reportJson) implements Claim {}
    }

    public Uni<Claim> claim(String key, Duration runningTtl) {
        String redisKey = Channels.MONITOR_TRIGGER_PREFIX + key;
        return redis.execute("SET", redisKey, RUNNING, "NX", "PX", Long.toString(runningTtl.toMillis()))
                .chain(reply -> {
                    if (reply != null && "OK".equals(reply.toString())) {
                        return Uni.createFrom().item((Claim) new Claim.Fresh());
                    }
                    return redis.execute("GET", redisKey).map(value -> {
                        String stored = value == null ? null : value.toString();
                        // gone between the two calls (expired): the retry may run again, later
                        return stored == null || RUNNING.equals(stored) ? new Claim.Running() : new Claim.Done(stored);
                    });
                });
    }

    public Uni<Void> complete(String key, String reportJson, Duration ttl) {
        return redis.execute("SET", Channels.MONITOR_TRIGGER_PREFIX + key, reportJson, "PX", Long.toString(ttl.toMillis()))
                .replaceWithVoid();
    }

    public Uni<Void> release(String key) {
        return redis.execute("DEL", Channels.MONITOR_TRIGGER_PREFIX + key).replaceWithVoid();
    }

}

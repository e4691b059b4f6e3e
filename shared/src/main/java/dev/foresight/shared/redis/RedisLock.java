package dev.foresight.shared.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * A single-instance Redis lock: SET NX PX with a random owner token; release deletes the key
 * only if it still holds that token (atomic in a Lua script), so a lock that expired and was
 * taken by someone else is never released by the old owner.
 */
@ApplicationScoped
public class RedisLock {
    private static final String RELEASE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final ReactiveRedisDataSource redis;

    public RedisLock(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** A held lock; its token proves ownership. */
    public record Held(String key, String token) {}

    public Uni<Optional<Held>> tryAcquire(String key, Duration ttl) {
        String token = UUID.randomUUID().toString();
        return redis.execute("SET", key, token, "NX", "PX", Long.toString(ttl.toMillis()))
                .map(reply -> reply != null && "OK".equals(reply.toString())
                        ? Optional.of(new Held(key, token))
                        : Optional.<Held>empty());
    }

    /** Releases the lock if this holder still owns it; true when it did. */
    public Uni<Boolean> release(Held held) {
        return redis.execute("EVAL", RELEASE, "1", held.key(), held.token())
                .map(Response::toLong)
                .map(deleted -> deleted == 1L);
    }
}

package dev.foresight.shared.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** A string cache with a time-to-live per entry. Keys are namespaced by the caller. */
@ApplicationScoped
public class RedisCache {
    private final ReactiveValueCommands<String, String> values;

    public RedisCache(ReactiveRedisDataSource redis) {
        this.values = redis.value(String.class, String.class);
    }

    public Uni<String> get(String key) {
        return values.get(key);
    }

    public Uni<Void> put(String key, String value, Duration ttl) {
        return values.set(key, value, new SetArgs().px(ttl));
    }
}

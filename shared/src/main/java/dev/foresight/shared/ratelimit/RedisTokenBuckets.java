package dev.foresight.shared.ratelimit;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * {@link TokenBucket} kept in Redis, one hash per key. Read, refill, take and write happen in
 * one Lua script, so concurrent requests on any number of instances cannot both take the last
 * token. The script reads Redis's own clock, so instances need not agree on the time.
 */
@ApplicationScoped
public class RedisTokenBuckets {
    /** KEYS[1] the bucket; ARGV rate per second, burst, and "now" in ms (tests only; empty: Redis TIME). */
    static final String SCRIPT = """
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local now = tonumber(ARGV[3])
            if not now then
              local t = redis.call('TIME')
              now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local state = redis.call('HMGET', KEYS[1], 't', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil or at == nil then
              tokens = burst
            else
              tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
            end
            local allowed = 0
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            else
              wait = math.max(1, math.ceil((1 - tokens) * 1000 / rate - 1e-9))
            end
            redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'at', string.format('%d', now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
            return {allowed, wait, string.format('%.17g', tokens), string.format('%d', now)}
            """;

    private final ReactiveRedisDataSource redis;

    public RedisTokenBuckets(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Takes one token from the bucket at {@code key}, on Redis's clock. */
    public Uni<TokenBucket.Decision> take(String key, TokenBucket bucket) {
        return take(key, bucket, OptionalLong.empty());
    }

    /** The same on a given clock, so tests can compare the script with {@link TokenBucket#take}. */
    Uni<TokenBucket.Decision> take(String key, TokenBucket bucket, OptionalLong nowMillis) {
        String now = nowMillis.isPresent() ? Long.toString(nowMillis.getAsLong()) : "";
        return redis.execute("EVAL", SCRIPT, "1", key, Double.toString(bucket.ratePerSecond()),
                        Long.toString(bucket.burst()), now)
                .map(RedisTokenBuckets::decision);
    }

    private static TokenBucket.Decision decision(Response reply) {
        boolean allowed = reply.get(0).toLong() == 1L;
        long wait = reply.get(1).toLong();
        TokenBucket.State next = new TokenBucket.State(Double.parseDouble(reply.get(2).toString()),
                Long.parseLong(reply.get(3).toString()));
        return new TokenBucket.Decision(allowed, next, wait);
    }
}

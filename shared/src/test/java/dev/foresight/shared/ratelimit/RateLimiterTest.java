package dev.foresight.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Fail open: without Redis, requests pass and are counted as unchecked. */
class RateLimiterTest {
    private static final TokenBucket BUCKET = new TokenBucket(1, 1);

    private static RateLimitConfig config() {
        return new RateLimitConfig() {
            public boolean enabled() { return true; }
            public double rate() { return 1; }
            public long burst() { return 1; }
            public Duration redisTimeout() { return Duration.ofMillis(50); }
        };
    }

    private static RedisTokenBuckets answering(Uni<TokenBucket.Decision> answer) {
        return new RedisTokenBuckets(null) {
            @Override
            public Uni<TokenBucket.Decision> take(String key, TokenBucket bucket) {
                return answer;
            }
        };
    }

    @Test
    void redisDownLetsTheRequestThroughAndCountsIt() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RateLimiter limiter = new RateLimiter(answering(Uni.createFrom().failure(new ConnectException("refused"))), registry, config());
        assertTrue(limiter.take("principal", "k", BUCKET).await().indefinitely().allowed());
        assertEquals(1, registry.counter("foresight.rate.limit.unchecked").count());
    }

    @Test
    void redisHangingLetsTheRequestThroughAfterTheTimeout() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RateLimiter limiter = new RateLimiter(answering(Uni.createFrom().nothing()), registry, config());
        assertTrue(limiter.take("principal", "k", BUCKET).await().atMost(Duration.ofSeconds(5)).allowed());
        assertEquals(1, registry.counter("foresight.rate.limit.unchecked").count());
    }

    @Test
    void aRefusalIsCountedByLimit() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TokenBucket.Decision refused = BUCKET.take(new TokenBucket.State(0, 0), 0);
        RateLimiter limiter = new RateLimiter(answering(Uni.createFrom().item(refused)), registry, config());
        assertFalse(limiter.take("token-client", "k", BUCKET).await().indefinitely().allowed());
        assertEquals(1, registry.counter("foresight.rate.limit.refused", "limit", "token-client").count());
        assertEquals(0, registry.counter("foresight.rate.limit.unchecked").count());
    }
}

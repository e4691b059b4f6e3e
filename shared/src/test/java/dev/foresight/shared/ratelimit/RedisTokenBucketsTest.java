package dev.foresight.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Lua script against the real Redis gives the answers of the plain-Java specification. */
@QuarkusTest
class RedisTokenBucketsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RedisTokenBuckets buckets;
    private final ReactiveRedisDataSource redis;

    RedisTokenBucketsTest(RedisTokenBuckets buckets, ReactiveRedisDataSource redis) {
        this.buckets = buckets;
        this.redis = redis;
    }

    @Test
    void theScriptFollowsTheJavaArithmetic() {
        TokenBucket bucket = new TokenBucket(2.5, 4);
        String key = "foresight:test:bucket:" + UUID.randomUUID();
        Random random = new Random(10);
        long now = 1_000_000;
        TokenBucket.State model = null;
        int refusals = 0;
        for (int i = 0; i < 200; i++) {
            now += random.nextInt(600);
            TokenBucket.Decision expected = bucket.take(model, now);
            TokenBucket.Decision actual = buckets.take(key, bucket, OptionalLong.of(now)).await().atMost(WAIT);
            assertEquals(expected.allowed(), actual.allowed(), "request " + i);
            assertEquals(expected.retryAfterMillis(), actual.retryAfterMillis(), "request " + i);
            assertEquals(expected.next().tokens(), actual.next().tokens(), 1e-9, "request " + i);
            model = expected.next();
            refusals += expected.allowed() ? 0 : 1;
        }
        assertTrue(refusals > 10 && refusals < 190, "the sequence exercises both answers: " + refusals);
    }

    @Test
    void onRedisTimeABucketIsFullThenEmptiesAndExpiresOnceFull() {
        TokenBucket bucket = new TokenBucket(0.5, 3);
        String key = "foresight:test:bucket:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertTrue(buckets.take(key, bucket).await().atMost(WAIT).allowed());
        }
        TokenBucket.Decision refused = buckets.take(key, bucket).await().atMost(WAIT);
        assertEquals(false, refused.allowed());
        assertEquals(2, refused.retryAfterSeconds(), "a token every 2 s");
        long ttl = redis.key().pttl(key).await().atMost(WAIT);
        assertTrue(ttl > 6_000 && ttl <= 7_000, "expires when it would be full again: " + ttl);
    }
}

package dev.foresight.shared.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Redis plumbing against the real local Redis. */
@QuarkusTest
class RedisPlumbingTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final RedisLock lock;
    private final RedisCache cache;
    private final EventPublisher events;

    RedisPlumbingTest(RedisLock lock, RedisCache cache, EventPublisher events) {
        this.lock = lock;
        this.cache = cache;
        this.events = events;
    }

    @Test
    void lockIsExclusiveUntilItsOwnerReleasesIt() {
        String key = "foresight:test:lock:" + UUID.randomUUID();
        Optional<RedisLock.Held> first = lock.tryAcquire(key, Duration.ofSeconds(10)).await().atMost(WAIT);
        assertTrue(first.isPresent());
        assertTrue(lock.tryAcquire(key, Duration.ofSeconds(10)).await().atMost(WAIT).isEmpty(), "second holder refused");

        RedisLock.Held impostor = new RedisLock.Held(key, "not-the-owner");
        assertFalse(lock.release(impostor).await().atMost(WAIT), "only the owner may release");
        assertTrue(lock.tryAcquire(key, Duration.ofSeconds(10)).await().atMost(WAIT).isEmpty(), "still held");

        assertTrue(lock.release(first.get()).await().atMost(WAIT));
        Optional<RedisLock.Held> again = lock.tryAcquire(key, Duration.ofSeconds(10)).await().atMost(WAIT);
        assertTrue(again.isPresent(), "free after release");
        lock.release(again.get()).await().atMost(WAIT);
    }

    @Test
    void expiredLockCanBeTakenAndTheOldOwnerCannotReleaseTheNewOne() throws InterruptedException {
        String key = "foresight:test:lock:" + UUID.randomUUID();
        RedisLock.Held old = lock.tryAcquire(key, Duration.ofMillis(100)).await().atMost(WAIT).orElseThrow();
        Thread.sleep(250);
        RedisLock.Held current = lock.tryAcquire(key, Duration.ofSeconds(10)).await().atMost(WAIT).orElseThrow();
        assertFalse(lock.release(old).await().atMost(WAIT));
        assertTrue(lock.release(current).await().atMost(WAIT));
    }

    @Test
    void cacheEntriesExpire() throws InterruptedException {
        String key = "foresight:test:cache:" + UUID.randomUUID();
        cache.put(key, "{\"v\":1}", Duration.ofMillis(200)).await().atMost(WAIT);
        assertEquals("{\"v\":1}", cache.get(key).await().atMost(WAIT));
        Thread.sleep(400);
        assertNull(cache.get(key).await().atMost(WAIT));
    }

    @Test
    void publishedEventsReachSubscribers() throws InterruptedException {
        String channel = "foresight:test:events:" + UUID.randomUUID();
        AssertSubscriber<String> subscriber = events.subscribe(channel).subscribe().withSubscriber(AssertSubscriber.create(10));
        Thread.sleep(300); // let SUBSCRIBE reach Redis before publishing
        events.publish(channel, "{\"n\":1}").await().atMost(WAIT);
        subscriber.awaitItems(1, WAIT);
        assertEquals("{\"n\":1}", subscriber.getItems().get(0));
        subscriber.cancel();
    }
}

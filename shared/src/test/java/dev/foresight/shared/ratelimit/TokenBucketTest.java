package dev.foresight.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenBucketTest {

    @Test
    void aNewBucketAcceptsExactlyTheBurstThenRefuses() {
        TokenBucket bucket = new TokenBucket(1, 3);
        TokenBucket.State state = null;
        for (int i = 0; i < 3; i++) {
            TokenBucket.Decision d = bucket.take(state, 1_000);
            assertTrue(d.allowed(), "request " + (i + 1));
            state = d.next();
        }
        TokenBucket.Decision refused = bucket.take(state, 1_000);
        assertFalse(refused.allowed());
        assertEquals(1_000, refused.retryAfterMillis(), "one token comes back after 1 s at 1/s");
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void refillIsProportionalToElapsedTimeAndCappedAtTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 5);
        TokenBucket.State empty = new TokenBucket.State(0, 0);
        assertFalse(bucket.take(empty, 99).allowed(), "0.99 tokens after 99 ms");
        assertEquals(1, bucket.take(empty, 99).retryAfterMillis());
        TokenBucket.Decision after100 = bucket.take(empty, 100);
        assertTrue(after100.allowed());
        assertEquals(0, after100.next().tokens(), 1e-9);
        assertEquals(4, bucket.take(empty, 60_000).next().tokens(), 1e-9, "capped at 5, one taken");
    }

    @Test
    void aClockGoingBackDoesNotAddOrRemoveTokens() {
        TokenBucket bucket = new TokenBucket(1, 10);
        assertEquals(1.5, bucket.take(new TokenBucket.State(2.5, 5_000), 4_000).next().tokens(), 1e-9);
    }

    static Stream<Arguments> retryAfter() {
        return Stream.of(
                Arguments.of("slow rate rounds up to whole seconds", 0.1, 0.0, 10_000L, 10L),
                Arguments.of("a fraction of a second is 1 s", 100.0, 0.5, 5L, 1L),
                Arguments.of("half a token at 0.5/s", 0.5, 0.5, 1_000L, 1L),
                Arguments.of("1.5 s rounds up to 2", 0.4, 0.4, 1_500L, 2L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void retryAfter(String name, double rate, double tokens, long expectedMillis, long expectedSeconds) {
        TokenBucket.Decision d = new TokenBucket(rate, 5).take(new TokenBucket.State(tokens, 0), 0);
        assertFalse(d.allowed());
        assertEquals(expectedMillis, d.retryAfterMillis());
        assertEquals(expectedSeconds, d.retryAfterSeconds());
    }

    @Test
    void invalidConfigurationIsRefusedWithTheQuotedValue() {
        assertEquals("foresight.rate-limit.rate \"0.0\" must be a finite number of requests per second greater than 0",
                assertThrows(IllegalArgumentException.class, () -> TokenBucket.configured("foresight.rate-limit", 0, 10)).getMessage());
        assertEquals("foresight.rate-limit.burst \"0\" must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> TokenBucket.configured("foresight.rate-limit", 5, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void anIdleBucketFillsInBurstOverRate() {
        assertEquals(20_000, new TokenBucket(100, 2_000).millisToFill());
    }
}

package dev.foresight.shared.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Checks one request against one bucket. When Redis cannot answer within the configured time the
 * request is let through (fail open): a rate limit protects capacity, and refusing every request
 * while Redis is down would turn a degraded limiter into an outage. Each such request counts in
 * {@code foresight_rate_limit_unchecked_total}, and a warning is logged at most once a minute.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long WARN_EVERY_MS = 60_000;
    private static final TokenBucket.Decision UNCHECKED = new TokenBucket.Decision(true, null, 0);

    private final RedisTokenBuckets buckets;
    private final MeterRegistry registry;
    private final Duration timeout;
    private final Counter unchecked;
    private final AtomicLong lastWarning = new AtomicLong();

    public RateLimiter(RedisTokenBuckets buckets, MeterRegistry registry, RateLimitConfig config) {
        this.buckets = buckets;
        this.registry = registry;
        this.timeout = config.redisTimeout();
        this.unchecked = Counter.builder("foresight.rate.limit.unchecked")
                .description("requests let through because Redis did not answer the rate limiter").register(registry);
    }

    /** {@code limit} names the limit in metrics ("principal", "token-client", "token-address"). */
    public Uni<TokenBucket.Decision> take(String limit, String key, TokenBucket bucket) {
        return buckets.take(key, bucket)
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(failure -> {
                    unchecked.increment();
                    long now = System.currentTimeMillis();
                    long last = lastWarning.get();
                    if (now - last >= WARN_EVERY_MS && lastWarning.compareAndSet(last, now)) {
                        LOG.warnf("rate limit not checked (Redis unavailable: %s); requests pass unchecked", failure.toString());
                    }
                    return UNCHECKED;
                })
                .invoke(decision -> {
                    if (!decision.allowed()) {
                        registry.counter("foresight.rate.limit.refused", "limit", limit).increment();
                    }
                });
    }
}

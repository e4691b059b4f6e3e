package dev.foresight.shared.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The per-principal rate limit every function applies. Defaults live in the shared
 * {@code microprofile-config.properties}; a function overrides them in its own
 * {@code application.properties} (or the environment, e.g. {@code FORESIGHT_RATE_LIMIT_RATE}).
 */
@ConfigMapping(prefix = "foresight.rate-limit")
public interface RateLimitConfig {

    /** Off only for benchmarks or a trusted network. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per second a principal (token subject or API key) may sustain on one function. */
    @WithDefault("200")
    double rate();

    /** Requests a principal may send at once after a quiet spell. */
    @WithDefault("5000")
    long burst();

    /** How long a request waits for Redis before it is let through unchecked (fail open). */
    @WithDefault("250ms")
    Duration redisTimeout();
}

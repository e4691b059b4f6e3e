package dev.foresight.shared.ratelimit;

/**
 * Token-bucket arithmetic, free of Redis and clocks: a bucket holds at most {@code burst} tokens,
 * refills at {@code ratePerSecond}, and each request takes one. {@link RedisTokenBuckets} runs the
 * same arithmetic atomically in a Lua script; this class is its specification and is what the
 * script is tested against.
 *
 * @param ratePerSecond tokens added per second, &gt; 0
 * @param burst the bucket's capacity, the most requests accepted at once after a quiet spell
 */
public record TokenBucket(double ratePerSecond, long burst) {

    public TokenBucket {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate \"" + ratePerSecond + "\" must be a finite number of requests per second greater than 0");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst \"" + burst + "\" must be at least 1");
        }
    }

    /**
     * A bucket from configuration; an invalid value fails with a message naming the property, e.g.
     * {@code foresight.rate-limit.rate "0.0" must be a finite number of requests per second greater than 0}.
     */
    public static TokenBucket configured(String prefix, double ratePerSecond, long burst) {
        try {
            return new TokenBucket(ratePerSecond, burst);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(prefix + "." + invalid.getMessage(), invalid);
        }
    }

    /** What the bucket holds: {@code tokens} as of {@code atMillis}. A missing bucket is full. */
    public record State(double tokens, long atMillis) {}

    /**
     * The answer to one request.
     *
     * @param retryAfterMillis when refused, how long until one token is back; 0 when allowed
     */
    public record Decision(boolean allowed, State next, long retryAfterMillis) {
        /** {@code Retry-After} is whole seconds (RFC 9110 §10.2.3): rounded up, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfterMillis + 999) / 1000);
        }
    }

    /** Refills {@code state} (null: a full bucket) up to {@code nowMillis}, then tries to take one token. */
    public Decision take(State state, long nowMillis) {
        double tokens = state == null ? burst
                : Math.min(burst, state.tokens() + Math.max(0, nowMillis - state.atMillis()) * ratePerSecond / 1000.0);
        if (tokens >= 1) {
            return new Decision(true, new State(tokens - 1, nowMillis), 0);
        }
        // the epsilon keeps float noise (0.99 tokens read as 0.98999…) from adding a millisecond
        long wait = (long) Math.ceil((1 - tokens) * 1000.0 / ratePerSecond - 1e-9);
        return new Decision(false, new State(tokens, nowMillis), Math.max(1, wait));
    }

    /** How long an idle bucket takes to fill: after that its key can expire, a missing bucket being full. */
    public long millisToFill() {
        return (long) Math.ceil(burst * 1000.0 / ratePerSecond);
    }
}

package dev.foresight.alertroute.notify;

import java.time.Duration;

/**
 * How a receiver's failed sends are retried: at most {@code maxAttempts} tries in all, waiting
 * {@code initialBackoff} before the first retry and twice as long before each next one, never more
 * than {@code maxBackoff}, each wait moved by a random amount of up to {@code jitter}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration jitter) {
    /** One try, no retry. */
    public static final RetryPolicy SINGLE = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
        }
        if (jitter.isNegative()) {
            throw new IllegalArgumentException("jitter must be >= 0, was " + jitter);
        }
    }
}

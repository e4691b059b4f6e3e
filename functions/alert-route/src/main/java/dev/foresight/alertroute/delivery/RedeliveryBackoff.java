package dev.foresight.alertroute.delivery;

import java.time.Duration;

/**
 * The wait before a queued notification's next round, after {@code rounds} rounds ended
 * retryable: {@code initial}, doubling each round, never above {@code max}, moved by up to a fifth
 * either way so instances and groups do not retry in step. A receiver down for minutes is tried
 * at least every {@code max} (plus its jitter) until it answers.
 */
public record RedeliveryBackoff(Duration initial, Duration max) {
    private static final double JITTER = 0.2;

    public RedeliveryBackoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("foresight.alert-route.delivery.retry-initial-backoff \"" + initial
                    + "\" must be positive");
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("foresight.alert-route.delivery.retry-max-backoff \"" + max
                    + "\" must not be shorter than retry-initial-backoff " + initial);
        }
    }

    /** {@code random} in [0, 1): where in the jitter band this wait falls. */
    public Duration after(int rounds, double random) {
        long base = initial.toMillis();
        for (int i = 1; i < rounds && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        long jittered = Math.round(base * (1 - JITTER + 2 * JITTER * random));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}

package dev.foresight.alertroute.notify;

import java.time.Duration;

/**
 * How the Alertmanager configuration's receivers are delivered to, checked: retries, the time one
 * attempt may take, the longest {@code Retry-After} honoured, and the circuit breaker each receiver
 * endpoint gets. A mistake names the property and the value.
 */
public record DeliverySettings(RetryPolicy retry, Duration timeout, Duration maxRetryAfter, Breaker breaker) {
    private static final String PREFIX = "foresight.alert-route.receivers.";

    /** After {@code requests} attempts with at least {@code failureRatio} of them failed, the endpoint rests {@code delay}. */
    public record Breaker(int requests, double failureRatio, Duration delay) {}

    public static DeliverySettings of(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration jitter,
            Duration timeout, Duration maxRetryAfter, int breakerRequests, double breakerRatio, Duration breakerDelay) {
        if (maxAttempts < 1) {
            throw invalid("max-attempts", maxAttempts, "must be at least 1");
        }
        positive("initial-backoff", initialBackoff);
        positive("timeout", timeout);
        positive("circuit-breaker.delay", breakerDelay);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw invalid("max-backoff", maxBackoff, "must not be shorter than initial-backoff " + initialBackoff);
        }
        if (jitter.isNegative()) {
            throw invalid("jitter", jitter, "must not be negative");
        }
        if (maxRetryAfter.isNegative()) {
            throw invalid("max-retry-after", maxRetryAfter, "must not be negative");
        }
        if (breakerRequests < 1) {
            throw invalid("circuit-breaker.requests", breakerRequests, "must be at least 1");
        }
        if (!(breakerRatio > 0 && breakerRatio <= 1)) {
            throw invalid("circuit-breaker.failure-ratio", breakerRatio, "must be above 0 and at most 1");
        }
        return new DeliverySettings(new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, jitter), timeout, maxRetryAfter,
                new Breaker(breakerRequests, breakerRatio, breakerDelay));
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw invalid(name, value, "must be positive");
        }
    }

    private static IllegalArgumentException invalid(String name, Object value, String why) {
        return new IllegalArgumentException(PREFIX + name + " \"" + value + "\" " + why);
    }
}

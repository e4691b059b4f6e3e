package dev.foresight.alertroute.notify;

import java.time.Duration;

/**
 * The outcome of one attempt to hand an alert to a receiver. {@code detail} says what happened;
 * {@code retryAfter} is how long the receiver asked us to wait before the next try (zero: not asked).
 */
public record SendResult(Outcome outcome, String detail, Duration retryAfter) {
    public enum Outcome {
        /** Delivered. */
        OK,
        /** Failed in a way that may pass later: try again. */
        RETRYABLE,
        /** Failed in a way that retrying cannot fix: give up now. */
        FATAL
    }

    public SendResult {
        retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public static SendResult ok(String detail) {
        return new SendResult(Outcome.OK, detail, Duration.ZERO);
    }

    public static SendResult retryable(String detail) {
        return new SendResult(Outcome.RETRYABLE, detail, Duration.ZERO);
    }

    public static SendResult retryable(String detail, Duration retryAfter) {
        return new SendResult(Outcome.RETRYABLE, detail, retryAfter);
    }

    public static SendResult fatal(String detail) {
        return new SendResult(Outcome.FATAL, detail, Duration.ZERO);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}

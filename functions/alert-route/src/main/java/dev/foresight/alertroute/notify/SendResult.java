package dev.foresight.alertroute.notify;

/** The outcome of one attempt to hand an alert to a receiver. {@code detail} says what happened. */
public record SendResult(Outcome outcome, String detail) {
    public enum Outcome {
        /** Delivered. */
        OK,
        /** Failed in a way that may pass later: try again. */
        RETRYABLE,
        /** Failed in a way that retrying cannot fix: give up now. */
        FATAL
    }

    public static SendResult ok(String detail) {
        return new SendResult(Outcome.OK, detail);
    }

    public static SendResult retryable(String detail) {
        return new SendResult(Outcome.RETRYABLE, detail);
    }

    public static SendResult fatal(String detail) {
        return new SendResult(Outcome.FATAL, detail);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}

package dev.foresight.alertroute.notify;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * The one place that decides what an HTTP answer or transport failure means for a delivery:
 * 2xx delivered; 408, 429 and 5xx worth retrying; any other status is the request's own fault and
 * fatal. Timeouts and broken connections are retryable: the receiver may be back in a moment.
 */
public final class HttpOutcomes {
    private static final int MAX_BODY = 200;

    private HttpOutcomes() {}

    public static SendResult ofStatus(int status, String body) {
        String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + clip(body.strip()));
        if (status >= 200 && status < 300) {
            return SendResult.ok(detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendResult.retryable(detail);
        }
        return SendResult.fatal(detail);
    }

    public static SendResult ofFailure(Throwable failure) {
        String detail = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + clip(failure.getMessage()));
        return isTransient(failure) ? SendResult.retryable(detail) : SendResult.fatal(detail);
    }

    private static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // HTTP clients name their own timeout and closed-connection exceptions; the names are the common ground
            String name = t.getClass().getSimpleName();
            if (t instanceof IOException || t instanceof TimeoutException
                    || name.endsWith("TimeoutException") || name.endsWith("ClosedException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String clip(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "…";
    }
}

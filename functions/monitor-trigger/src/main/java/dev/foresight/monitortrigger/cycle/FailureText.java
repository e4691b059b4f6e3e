package dev.foresight.monitortrigger.cycle;

import dev.foresight.monitortrigger.client.UpstreamException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** One line, for the cycle report, that says why a call failed. */
public final class FailureText {
    private FailureText() {}

    public static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UpstreamException) {
                return t.getMessage();
            }
            if (t instanceof TimeoutException) {
                return "timed out";
            }
            if (t instanceof CircuitBreakerOpenException) {
                return "circuit breaker open: recent calls failed, no call until it half-opens";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}

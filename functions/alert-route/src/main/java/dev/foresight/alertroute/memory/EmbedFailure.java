package dev.foresight.alertroute.memory;

import jakarta.ws.rs.core.Response;

/**
 * An error answer from embed or token-refresh. {@code retryable} (5xx, 408, 429) counts against
 * the circuit breaker; a refusal (other 4xx) is our own mistake and does not.
 */
public class EmbedFailure extends RuntimeException {
    private static final int MAX_DETAIL = 300;
    private final int status;

    public EmbedFailure(String upstream, int status, String detail) {
        super(upstream + " answered " + status + (detail == null || detail.isBlank() ? "" : ": " + detail), null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return status >= 500 || status == 408 || status == 429;
    }

    /** For REST clients' {@code @ClientExceptionMapper}: the body is kept, it usually says why. */
    public static EmbedFailure of(String upstream, Response response) {
        String body = null;
        if (response.hasEntity()) {
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
        }
        if (body != null && body.length() > MAX_DETAIL) {
            body = body.substring(0, MAX_DETAIL) + "…";
        }
        return new EmbedFailure(upstream, response.getStatus(), body);
    }
}

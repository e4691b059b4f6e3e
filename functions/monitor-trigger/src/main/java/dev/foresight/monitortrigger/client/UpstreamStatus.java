package dev.foresight.monitortrigger.client;

import jakarta.ws.rs.core.Response;

/** The one place that decides which error statuses are worth retrying. */
public final class UpstreamStatus {
    private static final int MAX_DETAIL = 300;

    private UpstreamStatus() {}

    public static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    public static UpstreamException classify(String upstream, int status, String detail) {
        String shortDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
        return retryable(status)
                ? new UpstreamUnavailable(upstream, status, shortDetail)
                : new UpstreamRejected(upstream, status, shortDetail);
    }

    /** For REST clients' {@code @ClientExceptionMapper}: the body is kept, it usually says why. */
    public static UpstreamException classify(String upstream, Response response) {
        String body = null;
        if (response.hasEntity()) {
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
        }
        return classify(upstream, response.getStatus(), body);
    }
}

package dev.foresight.shared.egress;

import io.vertx.mutiny.core.buffer.Buffer;

/**
 * An outbound answer: its status, at most the configured number of body bytes ({@code truncated}
 * if more came), its {@code Location} and {@code Retry-After} headers (null when absent).
 */
public record EgressResponse(int status, Buffer body, boolean truncated, String location, String retryAfter) {
    public EgressResponse(int status, Buffer body, boolean truncated, String location) {
        this(status, body, truncated, location, null);
    }

    public String bodyAsString() {
        return body.toString();
    }
}

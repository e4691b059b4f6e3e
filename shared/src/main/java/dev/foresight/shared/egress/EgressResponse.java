package dev.foresight.shared.egress;

import io.vertx.mutiny.core.buffer.Buffer;

/** An outbound answer: its status and at most the configured number of body bytes ({@code truncated} if more came). */
public record EgressResponse(int status, Buffer body, boolean truncated, String location) {
    public String bodyAsString() {
        return body.toString();
    }
}

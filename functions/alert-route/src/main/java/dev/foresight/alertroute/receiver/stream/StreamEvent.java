package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.alert.AlertView;
import java.time.Instant;

/**
 * What a stream sends: alerts, heartbeats that keep idle connections open, and the last event,
 * which says why the stream ends (its token expired or was revoked).
 */
public sealed interface StreamEvent {
    record Alert(AlertView alert) implements StreamEvent {}

    record Heartbeat(Instant at) implements StreamEvent {}

    record End(String reason) implements StreamEvent {
        public static final String TOKEN_EXPIRED = "token_expired";
        public static final String TOKEN_REVOKED = "token_revoked";
    }
}

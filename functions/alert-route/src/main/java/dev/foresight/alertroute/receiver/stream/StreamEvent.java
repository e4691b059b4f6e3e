package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.alert.AlertView;
import java.time.Instant;

/**
 * What a stream sends: alerts with their log id, heartbeats that keep idle connections open, a gap
 * when some events a reconnecting client missed are no longer kept, and the last event, which says
 * why the stream ends (its token expired or was revoked).
 */
public sealed interface StreamEvent {
    record Alert(EventId id, AlertView alert) implements StreamEvent {}

    record Heartbeat(Instant at) implements StreamEvent {}

    record Gap(Resume.Gap gap, LogState log) implements StreamEvent {}

    record End(String reason) implements StreamEvent {
        public static final String TOKEN_EXPIRED = "token_expired";
        public static final String TOKEN_REVOKED = "token_revoked";
    }
}

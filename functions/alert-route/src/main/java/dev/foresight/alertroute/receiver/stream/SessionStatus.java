package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.severity.Severity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** {@code GET /stream/{sessionId}/status}: a session's filters and where its client is. */
@RegisterForReflection
public record SessionStatus(String sessionId, Filters filters, boolean connected, long connections, String lastEventId,
        Instant createdAt, Instant lastSeenAt) {

    /** Empty lists admit everything. */
    @RegisterForReflection
    public record Filters(List<String> severity, List<String> service) {}

    public static SessionStatus of(StreamSession session, Instant now, Duration liveness) {
        StreamFilter filter = session.filter();
        return new SessionStatus(session.id(),
                new Filters(filter.severities().stream().sorted().map(Severity::label).toList(),
                        filter.services().stream().sorted().toList()),
                session.connected(now, liveness), session.connected(now, liveness) ? session.connections() : 0,
                session.lastEventId().map(EventId::toString).orElse(null), session.createdAt(), session.lastSeenAt());
    }
}

package dev.foresight.alertroute.receiver.stream;

import dev.foresight.alertroute.severity.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stream session as stored between connections: its filters, when it was created and last seen,
 * the last event delivered to it, and how many connections it has open across instances.
 */
public record StreamSession(String id, StreamFilter filter, Instant createdAt, Instant lastSeenAt,
        Optional<EventId> lastEventId, long connections) {
    static final String SEVERITY = "severity";
    static final String SERVICE = "service";
    static final String CREATED_AT = "createdAt";
    static final String LAST_SEEN_AT = "lastSeenAt";
    static final String LAST_EVENT_ID = "lastEventId";
    static final String CONNECTIONS = "connections";

    /** The session stored as {@code fields} (a Redis hash), or empty when there is none. */
    public static Optional<StreamSession> read(String id, Map<String, String> fields) {
        if (fields == null || !fields.containsKey(CREATED_AT)) {
            return Optional.empty();
        }
        StreamFilter filter = new StreamFilter(Severity.parseAll(list(fields.get(SEVERITY))), list(fields.get(SERVICE)));
        Instant created = Instant.ofEpochMilli(Long.parseLong(fields.get(CREATED_AT)));
        Instant seen = fields.containsKey(LAST_SEEN_AT) ? Instant.ofEpochMilli(Long.parseLong(fields.get(LAST_SEEN_AT))) : created;
        return Optional.of(new StreamSession(id, filter, created, seen, EventId.parse(fields.get(LAST_EVENT_ID)),
                Math.max(0, Long.parseLong(fields.getOrDefault(CONNECTIONS, "0")))));
    }

    /** The filter as hash fields: comma-separated, sorted so that equal filters store equally. */
    static Map<String, String> fields(StreamFilter filter) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SEVERITY, filter.severities().stream().sorted().map(Severity::label).collect(Collectors.joining(",")));
        fields.put(SERVICE, filter.services().stream().sorted().collect(Collectors.joining(",")));
        return fields;
    }

    /**
     * Connected when a connection is counted and was seen within {@code liveness}: an instance that
     * died with the stream open never took its count back, but it stopped refreshing the session.
     */
    public boolean connected(Instant now, java.time.Duration liveness) {
        return connections > 0 && !lastSeenAt.plus(liveness).isBefore(now);
    }

    private static Set<String> list(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}

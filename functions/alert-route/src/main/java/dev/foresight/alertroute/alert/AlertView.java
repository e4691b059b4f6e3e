package dev.foresight.alertroute.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.foresight.alertroute.memory.SimilarIncident;
import dev.foresight.shared.alert.AlertEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An alert as the API returns it, the streams carry it and receivers format it.
 * {@code notifications}, {@code muting}, {@code resolutionNote} and {@code similarIncidents} are present
 * only on {@code GET /alerts/{id}} (the last two when there is one).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(long id, String fingerprint, String type, String service, String severity, String status,
        String summary, Map<String, String> labels, Double confidence, Double timeToFailureSeconds, int occurrences,
        Instant startsAt, Instant lastSeenAt, String acknowledgedBy, Instant acknowledgedAt, Instant resolvedAt,
        Map<String, String> annotations, Instant endsAt, String generatorUrl, List<NotificationView> notifications,
        Muting muting, String resolutionNote, List<SimilarIncident> similarIncidents) {

    AlertView(long id, String fingerprint, String type, String service, String severity, String status,
            String summary, Map<String, String> labels, Double confidence, Double timeToFailureSeconds, int occurrences,
            Instant startsAt, Instant lastSeenAt, String acknowledgedBy, Instant acknowledgedAt, Instant resolvedAt,
            Map<String, String> annotations, Instant endsAt, String generatorUrl, List<NotificationView> notifications,
            Muting muting) {
        this(id, fingerprint, type, service, severity, status, summary, labels, confidence, timeToFailureSeconds,
                occurrences, startsAt, lastSeenAt, acknowledgedBy, acknowledgedAt, resolvedAt, annotations, endsAt,
                generatorUrl, notifications, muting, null, null);
    }

    public static AlertView of(AlertEntity e) {
        return new AlertView(e.id, e.fingerprint, e.type, e.service, e.severity, e.status, e.summary,
                e.labels == null ? Map.of() : Map.copyOf(e.labels), e.confidence, e.timeToFailureSeconds, e.occurrences,
                instant(e.startsAt), instant(e.lastSeenAt), e.acknowledgedBy, instant(e.acknowledgedAt), instant(e.resolvedAt),
                e.annotations == null ? Map.of() : Map.copyOf(e.annotations), instant(e.endsAt), e.generatorUrl, null, null);
    }

    public AlertView withNotifications(List<NotificationView> list) {
        return new AlertView(id, fingerprint, type, service, severity, status, summary, labels, confidence,
                timeToFailureSeconds, occurrences, startsAt, lastSeenAt, acknowledgedBy, acknowledgedAt, resolvedAt,
                annotations, endsAt, generatorUrl, List.copyOf(list), muting, resolutionNote, similarIncidents);
    }

    public AlertView withMuting(Muting state) {
        return new AlertView(id, fingerprint, type, service, severity, status, summary, labels, confidence,
                timeToFailureSeconds, occurrences, startsAt, lastSeenAt, acknowledgedBy, acknowledgedAt, resolvedAt,
                annotations, endsAt, generatorUrl, notifications, state, resolutionNote, similarIncidents);
    }

    /** Adds the resolver's note and the similar past incidents the last firing notification carried. */
    public AlertView withMemory(AlertMemory.Remembered memory) {
        return new AlertView(id, fingerprint, type, service, severity, status, summary, labels, confidence,
                timeToFailureSeconds, occurrences, startsAt, lastSeenAt, acknowledgedBy, acknowledgedAt, resolvedAt,
                annotations, endsAt, generatorUrl, notifications, muting, memory.resolutionNote(), memory.similarIncidents());
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

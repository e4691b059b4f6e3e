package dev.foresight.alertroute.memory;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * A resolved past incident like the alert at hand: what it was, how it was resolved, how similar
 * it is (cosine similarity of their texts, 1 = same meaning), and when it started and was resolved.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimilarIncident(String summary, String resolution, double similarity, String service, String startedAt,
        String resolvedAt, Long alertId, long memoryId) {

    /** An incident memory as embed returns it; the fields alert-route wrote into its metadata. */
    public static SimilarIncident of(MemoryHit hit) {
        Map<String, Object> metadata = hit.metadata() == null ? Map.of() : hit.metadata();
        String summary = text(metadata.get(MemoryDraft.SUMMARY));
        return new SimilarIncident(summary == null ? hit.text() : summary, text(metadata.get(MemoryDraft.RESOLUTION)),
                Math.round((hit.similarity() == null ? 0 : hit.similarity()) * 1000) / 1000.0,
                text(metadata.get(MemoryDraft.SERVICE)), text(metadata.get(MemoryDraft.STARTS_AT)),
                text(metadata.get(MemoryDraft.RESOLVED_AT)), number(metadata.get(MemoryDraft.ALERT_ID)), hit.id());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}

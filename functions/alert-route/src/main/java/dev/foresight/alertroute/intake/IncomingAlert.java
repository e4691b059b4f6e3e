package dev.foresight.alertroute.intake;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One alert as both doors hand it to the pipeline: Alertmanager's {@code POST /api/v2/alerts} and
 * Foresight's {@code POST /alerts}. Without {@code endsAt} it ends {@code timeout} after it is
 * stored unless it is posted again. {@code lineage} names a prediction whose newer state
 * (another severity or phase) replaces the older one.
 */
public record IncomingAlert(Map<String, String> labels, Map<String, String> annotations, Optional<Instant> startsAt,
        Optional<Instant> endsAt, String generatorUrl, Double confidence, Double timeToFailureSeconds,
        Optional<Lineage> lineage) {

    public IncomingAlert {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
    }

    /** The identity of a prediction across its states. */
    public record Lineage(String predictionType, String service, String metric) {}
}

package dev.foresight.monitortrigger.source;

import dev.foresight.shared.fleet.SnapshotEntity;
import java.util.List;

/** What one source gathered in one cycle, and what it could not, per service. */
public record SourceResult(String source, int servicesCollected, List<SnapshotEntity> snapshots, List<SourceError> errors) {
    public SourceResult {
        snapshots = List.copyOf(snapshots);
        errors = List.copyOf(errors);
    }

    /** The whole source failed (unreachable, misconfigured): nothing collected. */
    public static SourceResult failed(String source, String message) {
        return new SourceResult(source, 0, List.of(), List.of(new SourceError(null, message)));
    }
}

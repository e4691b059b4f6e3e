package dev.foresight.monitortrigger.snapshot;

import dev.foresight.shared.fleet.SnapshotEntity;
import java.time.OffsetDateTime;
import java.util.Map;

/** A stored snapshot as {@code GET /snapshots} answers it: the same fields a push sends, plus its id. */
public record SnapshotView(
        long id,
        String service,
        OffsetDateTime time,
        Double health,
        Double latencyMs,
        Double errorRate,
        Double cpu,
        Double memory,
        Long requestCount,
        Map<String, Object> metadata) {

    static SnapshotView of(SnapshotEntity e, String service) {
        return new SnapshotView(e.id, service, e.time, e.health, e.latencyMs, e.errorRate, e.cpu, e.memory,
                e.requestCount, e.metadata);
    }
}

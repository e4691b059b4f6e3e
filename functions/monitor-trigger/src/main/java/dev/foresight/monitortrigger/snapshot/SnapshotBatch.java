package dev.foresight.monitortrigger.snapshot;

import java.util.List;

/** {@code POST /snapshots}: 1 to {@value SnapshotRules#MAX_BATCH} snapshots, stored all or none. */
public record SnapshotBatch(List<SnapshotInput> snapshots) {}

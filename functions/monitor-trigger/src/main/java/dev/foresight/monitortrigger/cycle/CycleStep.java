package dev.foresight.monitortrigger.cycle;

import io.smallrye.mutiny.Uni;

/**
 * One step of the monitor cycle. A step records what it did, and what it could not do, in the
 * run; it fails only when the cycle cannot sensibly go on (e.g. the database is down).
 */
public interface CycleStep {
    Uni<Void> apply(CycleRun run);
}

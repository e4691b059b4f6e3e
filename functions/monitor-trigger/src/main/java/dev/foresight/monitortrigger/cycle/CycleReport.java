package dev.foresight.monitortrigger.cycle;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code POST /monitor-trigger}, also published on {@code Channels.CYCLES}. */
@RegisterForReflection
@Schema(name = "CycleReport")
public record CycleReport(
        String cycleId,
        String startedAt,
        long durationMs,
        int services,
        int snapshotsProbed,
        List<SourceReport> sources,
        int predictions,
        int failures,
        int cascades,
        int alertsSent,
        List<CycleError> errors) {}

package dev.foresight.monitortrigger.snapshot;

import java.time.OffsetDateTime;
import java.util.Map;

/** One pushed snapshot; every metric is optional, time defaults to the moment it is received. */
public record SnapshotInput(
        String service,
        OffsetDateTime time,
        Double health,
        Double latencyMs,
        Double errorRate,
        Double cpu,
        Double memory,
        Long requestCount,
        Map<String, Object> metadata) {}

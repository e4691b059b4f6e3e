package dev.foresight.monitortrigger.fleet;

import dev.foresight.shared.fleet.ServiceEntity;
import java.time.OffsetDateTime;

/** A registered service as clients see it. */
public record ServiceView(
        Long id,
        String name,
        String healthUrl,
        double latencySloMs,
        double errorRateLimit,
        double cpuLimit,
        double memoryLimit,
        String runbookUrl,
        OffsetDateTime createdAt) {

    public static ServiceView of(ServiceEntity e) {
        return new ServiceView(e.id, e.name, e.healthUrl, e.latencySloMs, e.errorRateLimit, e.cpuLimit,
                e.memoryLimit, e.runbookUrl, e.createdAt);
    }
}

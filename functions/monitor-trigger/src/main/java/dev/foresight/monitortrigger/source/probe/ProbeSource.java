package dev.foresight.monitortrigger.source.probe;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.collect.HealthProbe;
import dev.foresight.monitortrigger.cycle.collect.ProbeResult;
import dev.foresight.monitortrigger.source.MetricSource;
import dev.foresight.monitortrigger.source.SourceResult;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotEntity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Health probes as a source: every service with a health URL is fetched; an unhealthy answer is
 * a snapshot with health 0, not an error of the source.
 */
@Singleton
public class ProbeSource implements MetricSource {
    public static final String NAME = "probe";

    private final HealthProbe probe;
    private final MonitorTriggerConfig config;
    private final Clock clock;

    public ProbeSource(HealthProbe probe, MonitorTriggerConfig config, Clock clock) {
        this.probe = probe;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Uni<SourceResult> collect(List<ServiceEntity> services) {
        List<ServiceEntity> probed = services.stream().filter(s -> s.healthUrl != null && !s.healthUrl.isBlank()).toList();
        if (probed.isEmpty()) {
            return Uni.createFrom().item(new SourceResult(NAME, 0, List.of(), List.of()));
        }
        return Multi.createFrom().iterable(probed)
                .onItem().transformToUni(s -> probe.check(s.healthUrl).map(result -> snapshot(s, result)))
                .merge(config.probeConcurrency())
                .collect().asList()
                .map(rows -> new SourceResult(NAME, rows.size(), rows, List.of()));
    }

    private SnapshotEntity snapshot(ServiceEntity service, ProbeResult result) {
        SnapshotEntity e = new SnapshotEntity();
        e.serviceId = service.id;
        e.time = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        e.health = result.health();
        e.latencyMs = result.latencyMs();
        e.metadata = result.metadata();
        return e;
    }
}

package dev.foresight.monitortrigger.cycle.collect;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotEntity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Collect: probe every service that has a health URL and store the results; pushed snapshots
 * are already stored. Then pick the services with recent snapshots: those are worth predicting.
 */
@ApplicationScoped
public class CollectStep implements CycleStep {
    private final FleetReads fleet;
    private final HealthProbe probe;
    private final MonitorTriggerConfig config;
    private final Clock clock;

    public CollectStep(FleetReads fleet, HealthProbe probe, MonitorTriggerConfig config, Clock clock) {
        this.fleet = fleet;
        this.probe = probe;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        return fleet.services().chain(services -> probeAll(services)
                        .chain(fleet::store)
                        .chain(probed -> fleet.activeSince(clock.instant().minus(config.historyWindow()))
                                .invoke(active -> run.collected(services.size(), probed, namesOf(services, active)))))
                .replaceWithVoid();
    }

    private Uni<List<SnapshotEntity>> probeAll(List<ServiceEntity> services) {
        List<ServiceEntity> probed = services.stream().filter(s -> s.healthUrl != null && !s.healthUrl.isBlank()).toList();
        if (probed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(probed)
                .onItem().transformToUni(s -> probe.check(s.healthUrl).map(result -> snapshot(s, result)))
                .merge(config.probeConcurrency())
                .collect().asList();
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

    private static List<String> namesOf(List<ServiceEntity> services, Set<Long> active) {
        return services.stream().filter(s -> active.contains(s.id)).map(s -> s.name).toList();
    }
}

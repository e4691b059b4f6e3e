package dev.foresight.monitortrigger.cycle.collect;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleRun;
import dev.foresight.monitortrigger.cycle.CycleStep;
import dev.foresight.monitortrigger.cycle.FailureText;
import dev.foresight.monitortrigger.source.MetricSource;
import dev.foresight.monitortrigger.source.SourceResult;
import dev.foresight.shared.fleet.ServiceEntity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collect: every enabled source (health probes, Prometheus, ...) gathers snapshots, one source
 * after another, each stored in its own transaction; pushed snapshots are already stored. A
 * source that fails, or whose rows cannot be stored, is reported and the others go on. Then
 * pick the services with recent snapshots: those are worth predicting.
 */
@ApplicationScoped
public class CollectStep implements CycleStep {
    private final FleetReads fleet;
    private final List<MetricSource> sources;
    private final MonitorTriggerConfig config;
    private final Clock clock;
    private final Map<String, Counter> sourceErrors = new HashMap<>();
    private final Map<String, AtomicInteger> servicesCollected = new HashMap<>();

    public CollectStep(FleetReads fleet, Instance<MetricSource> sources, MonitorTriggerConfig config, Clock clock,
            MeterRegistry meters) {
        this.fleet = fleet;
        this.sources = sources.stream().filter(MetricSource::enabled).toList();
        this.config = config;
        this.clock = clock;
        // created up front, so a source that never failed still shows 0
        for (MetricSource source : this.sources) {
            sourceErrors.put(source.name(), Counter.builder("foresight.monitor.source.errors")
                    .description("Services (or whole calls) a source could not collect").tag("source", source.name())
                    .register(meters));
            AtomicInteger collected = new AtomicInteger();
            servicesCollected.put(source.name(), collected);
            Gauge.builder("foresight.monitor.services.collected", collected, AtomicInteger::get)
                    .description("Services a source collected in the last cycle").tag("source", source.name())
                    .register(meters);
        }
    }

    @Override
    public Uni<Void> apply(CycleRun run) {
        Context caller = io.vertx.core.Vertx.currentContext();
        return fleet.services().chain(services -> Multi.createFrom().iterable(sources)
                        .onItem().transformToUniAndConcatenate(source -> collect(source, services, caller))
                        .onItem().invoke(this::record)
                        .onItem().invoke(run::sourced)
                        .collect().asList()
                        .chain(ignored -> fleet.activeSince(clock.instant().minus(config.historyWindow())))
                        .invoke(active -> run.collected(services.size(), namesOf(services, active))))
                .replaceWithVoid();
    }

    /** One source, then its rows stored; either failing becomes the source's error, never the cycle's. */
    private Uni<SourceResult> collect(MetricSource source, List<ServiceEntity> services, Context caller) {
        Uni<SourceResult> gathered = Uni.createFrom().deferred(() -> source.collect(services))
                .onFailure().recoverWithItem(failure -> SourceResult.failed(source.name(), FailureText.of(failure)));
        // a source's time-out fires on a timer thread; storing needs the cycle's Vert.x context back
        Uni<SourceResult> onContext = caller == null ? gathered
                : gathered.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        return onContext.chain(result -> fleet.store(result.snapshots()).replaceWith(result)
                .onFailure().recoverWithItem(failure -> SourceResult.failed(source.name(),
                        "could not store " + result.snapshots().size() + " snapshots: " + FailureText.of(failure))));
    }

    private void record(SourceResult result) {
        sourceErrors.get(result.source()).increment(result.errors().size());
        servicesCollected.get(result.source()).set(result.servicesCollected());
    }

    private static List<String> namesOf(List<ServiceEntity> services, Set<Long> active) {
        return services.stream().filter(s -> active.contains(s.id)).map(s -> s.name).toList();
    }
}

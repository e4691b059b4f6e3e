package dev.foresight.monitortrigger.source.prometheus;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.collect.FleetReads;
import dev.foresight.monitortrigger.fleet.declared.DeclaredFleet;
import dev.foresight.monitortrigger.fleet.file.FleetDocument;
import dev.foresight.monitortrigger.source.MetricSource;
import dev.foresight.monitortrigger.source.SourceError;
import dev.foresight.monitortrigger.source.SourceResult;
import dev.foresight.shared.egress.EgressGuard;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.SnapshotEntity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Prometheus HTTP API as a source. Per service, each metric's query is asked for the range
 * since the last point stored from Prometheus (at most the configured window), split in pieces
 * Prometheus accepts; the answers become one snapshot per step. A service whose queries did not
 * all answer stores nothing this cycle, so the next cycle asks for the same range again.
 * Once a fleet document is declared, a service's {@code prometheus:} block there replaces its
 * configured queries.
 */
@Singleton
public class PrometheusSource implements MetricSource {
    public static final String NAME = "prometheus";

    private final Optional<PrometheusSettings> settings;
    private final PrometheusClient client;
    private final FleetReads fleet;
    private final Clock clock;
    private final DeclaredFleet declared;
    /** The plans of the declared fleet version they were built for. */
    private final java.util.concurrent.atomic.AtomicReference<Map.Entry<String, QueryPlans>> declaredPlans =
            new java.util.concurrent.atomic.AtomicReference<>();

    public PrometheusSource(MonitorTriggerConfig config, EgressGuard egress, PrometheusClient client, FleetReads fleet,
            Clock clock, DeclaredFleet declared) {
        this.settings = PrometheusSettings.from(config.prometheus(), egress.policy());
        this.client = client;
        this.fleet = fleet;
        this.clock = clock;
        this.declared = declared;
    }

    /**
     * What a fleet document's {@code prometheus:} blocks would break here, beyond what the file
     * validator knows (the configured default preset, say): empty when fine or when this source is off.
     */
    public Optional<String> checkFleet(FleetDocument document) {
        if (settings.isEmpty() || !FleetQueryPlans.declaresQueries(document)) {
            return Optional.empty();
        }
        try {
            FleetQueryPlans.build(settings.get(), document);
            return Optional.empty();
        } catch (IllegalArgumentException bad) {
            return Optional.of(bad.getMessage());
        }
    }

    private QueryPlans plans(PrometheusSettings s, Optional<DeclaredFleet.Current> current) {
        if (current.isEmpty() || !FleetQueryPlans.declaresQueries(current.get().document())) {
            return s.plans();
        }
        String key = current.get().version() + ":" + current.get().sha256();
        Map.Entry<String, QueryPlans> cached = declaredPlans.get();
        if (cached != null && cached.getKey().equals(key)) {
            return cached.getValue();
        }
        QueryPlans built = FleetQueryPlans.build(s, current.get().document()); // checked when the version was accepted
        declaredPlans.set(Map.entry(key, built));
        return built;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return settings.isPresent();
    }

    @Override
    public Uni<SourceResult> collect(List<ServiceEntity> services) {
        PrometheusSettings s = settings.orElseThrow();
        return declared.current().chain(current -> collect(s, plans(s, current), services));
    }

    private Uni<SourceResult> collect(PrometheusSettings s, QueryPlans plans, List<ServiceEntity> services) {
        Instant now = clock.instant().minus(s.config().ingestDelay());
        List<SourceError> errors = new ArrayList<>();
        Set<String> registered = services.stream().map(e -> e.name).collect(Collectors.toSet());
        plans.listedServices().stream().filter(name -> !registered.contains(name)).forEach(name -> errors.add(
                new SourceError(name, "configured under " + PrometheusSettings.PREFIX + "services but not registered")));
        List<Planned> planned = services.stream()
                .flatMap(e -> plans.forService(e.name).map(plan -> new Planned(e, plan)).stream())
                .toList();
        if (planned.isEmpty()) {
            return Uni.createFrom().item(new SourceResult(NAME, 0, List.of(), errors));
        }
        return fleet.lastCollected(NAME)
                .chain(last -> Multi.createFrom().iterable(planned)
                        .onItem().transformToUni(p -> collectOne(s, p, now, last.get(p.service().id)))
                        .merge(s.config().concurrency())
                        .collect().asList())
                .map(outcomes -> {
                    List<SnapshotEntity> rows = new ArrayList<>();
                    int collected = 0;
                    for (ServiceOutcome o : outcomes) {
                        rows.addAll(o.rows());
                        errors.addAll(o.errors());
                        collected += o.complete() ? 1 : 0;
                    }
                    return new SourceResult(NAME, collected, rows, errors);
                });
    }

    private record Planned(ServiceEntity service, ServicePlan plan) {}

    private record ServiceOutcome(List<SnapshotEntity> rows, List<SourceError> errors, boolean complete) {}

    private Uni<ServiceOutcome> collectOne(PrometheusSettings s, Planned p, Instant now, Instant lastStored) {
        List<RangeSplitter.Range> pieces = RangeSplitter.plan(now, s.config().window(), s.config().step(), lastStored,
                s.config().maxPointsPerQuery());
        String name = p.service().name;
        if (pieces.isEmpty()) {
            return Uni.createFrom().item(new ServiceOutcome(List.of(), List.of(), true));
        }
        List<Map.Entry<Metric, String>> queries = List.copyOf(p.plan().queries().entrySet());
        return Multi.createFrom().iterable(queries)
                .onItem().transformToUniAndConcatenate(q -> ask(s, q.getValue(), pieces).map(answer -> Map.entry(q.getKey(), answer)))
                .collect().asList()
                .map(answers -> {
                    List<SourceError> errors = new ArrayList<>();
                    Map<Metric, List<Series>> data = new EnumMap<>(Metric.class);
                    // one error per service: the queries that failed, grouped by why
                    Map<String, List<String>> failedByReason = new java.util.LinkedHashMap<>();
                    for (Map.Entry<Metric, PromAnswer> a : answers) {
                        if (a.getValue() instanceof PromAnswer.Data d) {
                            data.put(a.getKey(), d.series());
                        } else if (a.getValue() instanceof PromAnswer.Failed f) {
                            failedByReason.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add("\"" + a.getKey().key() + "\"");
                        }
                    }
                    if (!failedByReason.isEmpty()) {
                        String message = failedByReason.entrySet().stream()
                                .map(e -> (e.getValue().size() == 1 ? "query " : "queries ") + String.join(", ", e.getValue())
                                        + ": " + e.getKey())
                                .collect(Collectors.joining("; "));
                        return new ServiceOutcome(List.of(), List.of(new SourceError(name, message)), false);
                    }
                    PointMerger.Merged merged = PointMerger.merge(name, data);
                    merged.problems().forEach(problem -> errors.add(new SourceError(name, problem)));
                    List<SnapshotEntity> rows = merged.points().stream().map(point -> row(p.service(), point)).toList();
                    return new ServiceOutcome(rows, errors, true);
                });
    }

    /** One query over every piece of the range, pieces in order; the first failure stops it. */
    private Uni<PromAnswer> ask(PrometheusSettings s, String query, List<RangeSplitter.Range> pieces) {
        return Multi.createFrom().iterable(pieces)
                .onItem().transformToUniAndConcatenate(piece -> piece.points() == 1
                        ? client.instant(s, query, piece.start())
                        : client.range(s, query, piece))
                .collect().asList()
                .map(PrometheusSource::join);
    }

    /** Series of consecutive pieces joined by their labels. */
    static PromAnswer join(List<PromAnswer> answers) {
        Map<Map<String, String>, List<Sample>> bySeries = new java.util.LinkedHashMap<>();
        for (PromAnswer answer : answers) {
            if (answer instanceof PromAnswer.Failed failed) {
                return failed;
            }
            for (Series series : ((PromAnswer.Data) answer).series()) {
                bySeries.computeIfAbsent(series.labels(), k -> new ArrayList<>()).addAll(series.samples());
            }
        }
        return new PromAnswer.Data(bySeries.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList());
    }

    private static SnapshotEntity row(ServiceEntity service, PointMerger.Point point) {
        SnapshotEntity e = new SnapshotEntity();
        e.serviceId = service.id;
        e.time = point.time().atOffset(ZoneOffset.UTC);
        Map<Metric, Double> v = point.values();
        e.health = v.get(Metric.HEALTH);
        e.latencyMs = v.get(Metric.LATENCY_MS);
        e.errorRate = v.get(Metric.ERROR_RATE);
        e.cpu = v.get(Metric.CPU);
        e.memory = v.get(Metric.MEMORY);
        Double requests = v.get(Metric.REQUESTS);
        e.requestCount = requests == null ? null : Math.round(requests);
        e.metadata = Map.of("source", NAME);
        return e;
    }
}

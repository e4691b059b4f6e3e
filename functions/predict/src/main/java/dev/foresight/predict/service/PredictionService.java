package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricAnalysis;
import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.analysis.SeriesAnalyzer;
import dev.foresight.predict.anomaly.AnomalyScore;
import dev.foresight.predict.api.PredictRequest;
import dev.foresight.predict.api.PredictResponse;
import dev.foresight.predict.cascade.CascadeImpact;
import dev.foresight.predict.cascade.CascadePropagator;
import dev.foresight.predict.cascade.DependencyEdge;
import dev.foresight.predict.cascade.DependencyKind;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.series.Metric;
import dev.foresight.shared.fleet.DependencyEntity;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One prediction: validate, read the service's history (or take the inline series), analyse each
 * metric, spread the strongest failure over the dependency graph, store every conclusion in one
 * transaction, then cache and announce the result.
 */
@ApplicationScoped
public class PredictionService {
    private final PredictConfig config;
    private final PredictRequestValidator validator;
    private final SeriesAnalyzer analyzer;
    private final CascadePropagator propagator;
    private final ServiceRepository services;
    private final SnapshotRepository snapshots;
    private final DependencyRepository dependencies;
    private final PredictionRecorder recorder;
    private final PredictionBroadcaster broadcaster;
    private final StreamingAnomalies streaming;
    private final LongHistory longHistory;

    public PredictionService(PredictConfig config, PredictRequestValidator validator, SeriesAnalyzer analyzer,
                             CascadePropagator propagator, ServiceRepository services, SnapshotRepository snapshots,
                             DependencyRepository dependencies, PredictionRecorder recorder,
                             PredictionBroadcaster broadcaster, StreamingAnomalies streaming,
                             LongHistory longHistory) {
        this.config = config;
        this.validator = validator;
        this.analyzer = analyzer;
        this.propagator = propagator;
        this.services = services;
        this.snapshots = snapshots;
        this.dependencies = dependencies;
        this.recorder = recorder;
        this.broadcaster = broadcaster;
        this.streaming = streaming;
        this.longHistory = longHistory;
    }

    public Uni<PredictResponse> predict(PredictRequest request) {
        return Uni.createFrom().item(() -> validator.validate(request)).chain(command -> {
            if (command instanceof PredictCommand.Inline inline && inline.service().isEmpty()) {
                Outcome outcome = conclude(inline.service(), List.of(inline.series()), inline.horizonSeconds(),
                        Optional.empty(), List.of(), Map.of());
                return Uni.createFrom().item(ResponseViews.unstored(outcome));
            }
            // an explicit transaction rather than @WithTransaction: Redis hears of it only once it is committed
            return Panache.withTransaction(() -> analyseAndStore(command)).call(broadcaster::publish);
        });
    }

    private Uni<PredictResponse> analyseAndStore(PredictCommand command) {
        Uni<Outcome> outcome = command instanceof PredictCommand.Inline inline
                ? dependencies.all().map(edges -> conclude(inline.service(), List.of(inline.series()),
                        inline.horizonSeconds(), Optional.empty(), graph(edges), Map.of()))
                : forService((PredictCommand.ForService) command);
        return outcome.chain(recorder::store);
    }

    private Uni<Outcome> forService(PredictCommand.ForService command) {
        return services.findByName(command.name())
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "service \"" + command.name() + "\" is not registered"))
                .chain(service -> snapshots.recent(service.id, config.historyPoints())
                        .chain(rows -> streaming.advance(service.id, rows)
                                .chain(streamed -> longHistory.read(service, rows)
                                        .map(built -> new Read(built, streamed)))))
                .chain(read -> {
                    SnapshotSeries.Built built = read.built();
                    built.stepSeconds().ifPresent(step -> validator.checkSteps(command.horizonSeconds(), step));
                    return dependencies.all().map(edges -> conclude(command.service(), built.series(),
                            command.horizonSeconds(), built.origin().map(OffsetDateTime::toInstant), graph(edges),
                            read.streamed()));
                });
    }

    /** A service's history as series, and the verdicts of its kept detectors on the new snapshots. */
    private record Read(SnapshotSeries.Built built, Map<Metric, AnomalyScore> streamed) {
    }

    private Outcome conclude(Optional<String> service, List<MetricSeries> series, int horizonSeconds,
                             Optional<Instant> origin, List<DependencyEdge> graph, Map<Metric, AnomalyScore> streamed) {
        List<MetricAnalysis> analyses = series.stream()
                .map(s -> analyzer.analyze(s, PredictRequestValidator.steps(horizonSeconds, s.stepSeconds()),
                        Optional.ofNullable(streamed.get(s.metric()))))
                .toList();
        List<MetricAnalysis> anomalies = analyses.stream()
                .filter(a -> a.anomaly().score() >= config.anomaly().threshold())
                .toList();
        Optional<FailurePrediction> strongest = analyses.stream()
                .flatMap(a -> a.failure().stream())
                .max(Comparator.comparingDouble(FailurePrediction::confidence)
                        .thenComparing(Comparator.comparingDouble(FailurePrediction::timeToFailureSeconds).reversed()));
        List<CascadeImpact> cascades = service.isPresent() && strongest.isPresent()
                ? propagator.propagate(service.get(), strongest.get().confidence(), graph)
                : List.of();
        return new Outcome(service, Instant.now(), origin, analyses, anomalies, strongest, cascades);
    }

    private static List<DependencyEdge> graph(List<DependencyEntity> rows) {
        return rows.stream()
                .map(e -> new DependencyEdge(e.service.name, e.dependsOn.name, DependencyKind.parse(e.kind), e.weight))
                .toList();
    }
}

package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricSeries;
import dev.foresight.predict.analysis.SeriesAnalyzer;
import dev.foresight.predict.api.PredictResponse.PointView;
import dev.foresight.predict.api.ServiceForecast;
import dev.foresight.predict.api.ServiceForecast.MetricForecast;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The forecasts POST /predict would report for a service (same history, grid, forecaster and
 * default horizon), for a chart: read-only, so a dashboard refreshing it stores and announces nothing.
 */
@ApplicationScoped
public class ForecastService {
    /** Observations returned beside each forecast: enough for a chart to show where the metric comes from. */
    static final int HISTORY_POINTS = 120;

    private final PredictConfig config;
    private final SeriesAnalyzer analyzer;
    private final ServiceRepository services;
    private final SnapshotRepository snapshots;
    private final LongHistory longHistory;

    public ForecastService(PredictConfig config, SeriesAnalyzer analyzer, ServiceRepository services,
                           SnapshotRepository snapshots, LongHistory longHistory) {
        this.config = config;
        this.analyzer = analyzer;
        this.services = services;
        this.snapshots = snapshots;
        this.longHistory = longHistory;
    }

    @WithSession
    public Uni<ServiceForecast> forService(String name) {
        return services.findByName(name)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("service \"" + name + "\" is not registered"))
                .chain(service -> snapshots.recent(service.id, config.historyPoints())
                        .chain(rows -> longHistory.read(service, rows)))
                .map(built -> new ServiceForecast(name, built.origin().map(OffsetDateTime::toInstant).orElse(null),
                        config.defaultHorizonSeconds(), built.series().stream().map(this::metric).toList()));
    }

    private MetricForecast metric(MetricSeries series) {
        // as POST /predict without a horizon, capped like its validator so a sparse grid stays bounded
        int steps = Math.min(config.maxForecastSteps(),
                PredictRequestValidator.steps(config.defaultHorizonSeconds(), series.stepSeconds()));
        List<PointView> points = ResponseViews.points(analyzer.forecast(series, steps));
        double[] values = series.values();
        List<Double> history = Arrays.stream(values, Math.max(0, values.length - HISTORY_POINTS), values.length)
                .mapToObj(v -> Double.isNaN(v) ? null : v)
                .toList();
        Double limit = series.limit().isPresent() ? series.limit().getAsDouble() : null;
        return new MetricForecast(series.metric().key(), series.stepSeconds(), limit, history, points);
    }
}

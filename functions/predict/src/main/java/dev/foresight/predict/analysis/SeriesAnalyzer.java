package dev.foresight.predict.analysis;

import dev.foresight.predict.anomaly.AnomalyScore;
import dev.foresight.predict.anomaly.AnomalyScorer;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.Forecaster;
import dev.foresight.predict.forecast.TrendAwareForecaster;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.predict.series.Metric;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Forecasts a metric with the forecaster its history supports (seasonal once it spans two days),
 * scores its latest points and predicts whether it crosses its limit from the same forecast with
 * a robust local trend added.
 */
public final class SeriesAnalyzer {
    private final ForecasterSelector forecasters;
    private final BiFunction<Metric, Double, AnomalyScorer> scorers;
    private final FailurePredictor failures;

    public SeriesAnalyzer(ForecasterSelector forecasters, BiFunction<Metric, Double, AnomalyScorer> scorers,
                          FailurePredictor failures) {
        this.forecasters = forecasters;
        this.scorers = scorers;
        this.failures = failures;
    }

    /** One forecaster for every series, whatever its history. */
    public SeriesAnalyzer(Forecaster forecaster, BiFunction<Metric, Double, AnomalyScorer> scorers, FailurePredictor failures) {
        this(ForecasterSelector.always(forecaster), scorers, failures);
    }

    public MetricAnalysis analyze(MetricSeries series, int horizonSteps) {
        return analyze(series, horizonSteps, Optional.empty());
    }

    /**
     * As {@link #analyze(MetricSeries, int)}, with the anomaly verdict of the stream's own kept
     * detector when there is one; without it the series' scorer judges the history.
     */
    public MetricAnalysis analyze(MetricSeries series, int horizonSteps, Optional<AnomalyScore> streamed) {
        TrendAwareForecaster forecaster = forecasters.forFailure(series.stepSeconds(), series.values().length);
        Forecast forecast = forecaster.base().forecast(series.values(), horizonSteps);
        return new MetricAnalysis(series, forecast, streamed.orElseGet(() -> anomaly(series)),
                failure(series, forecaster, forecast));
    }

    /** The forecast {@link #analyze} reports, without scoring or predicting (what a chart shows). */
    public Forecast forecast(MetricSeries series, int horizonSteps) {
        return forecasters.forFailure(series.stepSeconds(), series.values().length).base()
                .forecast(series.values(), horizonSteps);
    }

    private AnomalyScore anomaly(MetricSeries series) {
        return scorers.apply(series.metric(), series.stepSeconds()).score(series.values());
    }

    private Optional<FailurePrediction> failure(MetricSeries series, TrendAwareForecaster forecaster, Forecast forecast) {
        // the crossing is read from the trend-aware forecast; the reported forecast stays the base one
        return series.limit().isPresent()
                ? failures.predict(series.metric(), forecaster.adjust(series.values(), forecast),
                        series.limit().getAsDouble(), series.latest(), series.stepSeconds())
                : Optional.empty();
    }
}

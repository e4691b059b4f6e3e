package dev.foresight.predict.config;

import dev.foresight.predict.analysis.SeriesAnalyzer;
import dev.foresight.predict.anomaly.MedianMadScorer;
import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import dev.foresight.predict.anomaly.StreamReplayScorer;
import dev.foresight.predict.cascade.CascadePropagator;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.predict.service.PredictRequestValidator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure domain objects, configured once. Changing the forecaster or scorer happens here only. */
public class DomainBeans {

    /** Seasonal combination once a metric's history spans two days at its step, damped trend before. */
    @Produces
    @Singleton
    ForecasterSelector forecasters() {
        return ForecasterSelector.bestForHistory();
    }

    /** The streaming detector once a history is long enough for it to learn, median/MAD before that. */
    @Produces
    @Singleton
    SeriesAnalyzer analyzer(ForecasterSelector forecasters, PredictConfig config) {
        int recent = config.anomaly().recentPoints();
        int baseline = config.minPoints() - recent;
        return new SeriesAnalyzer(forecasters,
                (metric, stepSeconds) -> new StreamReplayScorer(OnlineDetectorConfig.defaults(),
                        Math.max(1L, Math.round(stepSeconds * 1000)), recent,
                        new MedianMadScorer(recent, Math.max(2, baseline), metric.noiseFloor())),
                new FailurePredictor(config.failure().warnAt()));
    }

    @Produces
    @Singleton
    CascadePropagator propagator(PredictConfig config) {
        return new CascadePropagator(config.cascade().minConfidence());
    }

    @Produces
    @Singleton
    PredictRequestValidator validator(PredictConfig config) {
        return new PredictRequestValidator(config.minPoints(), config.maxPoints(), config.defaultHorizonSeconds(),
                config.maxHorizonSeconds(), config.maxForecastSteps());
    }
}

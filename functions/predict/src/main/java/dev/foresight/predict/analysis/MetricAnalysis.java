package dev.foresight.predict.analysis;

import dev.foresight.predict.anomaly.AnomalyScore;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.forecast.Forecast;
import java.util.Optional;

/** What Foresight concludes about one metric: its forecast, how anomalous it is now, and whether it will fail. */
public record MetricAnalysis(MetricSeries series, Forecast forecast, AnomalyScore anomaly,
                             Optional<FailurePrediction> failure) {}

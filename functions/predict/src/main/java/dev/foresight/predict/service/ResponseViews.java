package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricAnalysis;
import dev.foresight.predict.api.PredictResponse;
import dev.foresight.predict.api.PredictResponse.AnomalyView;
import dev.foresight.predict.api.PredictResponse.CascadeView;
import dev.foresight.predict.api.PredictResponse.FailureView;
import dev.foresight.predict.api.PredictResponse.ForecastView;
import dev.foresight.predict.api.PredictResponse.PointView;
import dev.foresight.predict.cascade.CascadeImpact;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.forecast.Forecast;
import java.util.ArrayList;
import java.util.List;

/** Builds the JSON views of an {@link Outcome}; ids are filled in by whoever stored the rows. */
final class ResponseViews {
    private ResponseViews() {}

    static PredictResponse response(Outcome outcome, List<FailureView> failures, List<CascadeView> cascades) {
        return new PredictResponse(outcome.service().orElse(null), outcome.generatedAt(),
                outcome.analyses().stream().map(ResponseViews::forecast).toList(),
                outcome.anomalies().stream().map(ResponseViews::anomaly).toList(),
                failures, cascades);
    }

    /** The response of an outcome that was not stored. */
    static PredictResponse unstored(Outcome outcome) {
        String service = outcome.service().orElse(null);
        return response(outcome,
                outcome.failures().stream().map(f -> failure(service, f, null, null)).toList(),
                outcome.cascades().stream().map(c -> cascade(outcome, c, null)).toList());
    }

    static ForecastView forecast(MetricAnalysis analysis) {
        return new ForecastView(analysis.series().metric().key(), analysis.series().stepSeconds(),
                points(analysis.forecast()));
    }

    static List<PointView> points(Forecast f) {
        List<PointView> points = new ArrayList<>(f.horizon());
        for (int i = 0; i < f.horizon(); i++) {
            points.add(new PointView(i + 1, f.mean()[i], f.lo80()[i], f.hi80()[i], f.lo95()[i], f.hi95()[i]));
        }
        return points;
    }

    static AnomalyView anomaly(MetricAnalysis analysis) {
        return new AnomalyView(analysis.series().metric().key(), analysis.anomaly().score(), anomalyReason(analysis));
    }

    /** "latency_ms 4.8 MADs above its median (812 vs 120)". */
    static String anomalyReason(MetricAnalysis analysis) {
        return analysis.series().metric().key() + " " + analysis.anomaly().reason();
    }

    static FailureView failure(String service, FailurePrediction f, Long predictionId, Long decisionId) {
        return new FailureView(service, f.metric().key(), f.limit(), f.timeToFailureSeconds(), f.confidence(),
                f.reasoning(), predictionId, decisionId);
    }

    static CascadeView cascade(Outcome outcome, CascadeImpact impact, Long predictionId) {
        FailurePrediction source = outcome.cascadeSource().orElseThrow();
        return new CascadeView(impact.service(), impact.source(), impact.path(), impact.confidence(),
                source.timeToFailureSeconds(), cascadeReason(source, impact), predictionId);
    }

    static String cascadeReason(FailurePrediction source, CascadeImpact impact) {
        return impact.reasoning(source.reasoning(), source.confidence());
    }
}

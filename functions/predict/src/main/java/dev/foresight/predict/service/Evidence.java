package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricAnalysis;
import dev.foresight.predict.cascade.CascadeImpact;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.forecast.Forecast;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers behind each decision, stored as its JSON {@code context} so a reader can check the
 * reasoning without re-running the model. Non-finite numbers become null: JSON has no NaN.
 */
final class Evidence {
    private Evidence() {}

    static Map<String, Object> failure(MetricAnalysis analysis, FailurePrediction f, Outcome outcome) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("metric", f.metric().key());
        context.put("limit", num(f.limit()));
        context.put("latest", num(f.latest()));
        context.put("timeToFailureSeconds", num(f.timeToFailureSeconds()));
        context.put("probability", num(f.confidence()));
        context.put("stepSeconds", num(analysis.series().stepSeconds()));
        context.put("horizonSteps", analysis.forecast().horizon());
        Map<String, Object> atTtf = new LinkedHashMap<>();
        atTtf.put("step", f.step());
        atTtf.put("mean", num(f.predictedValue()));
        if (f.step() > 0) {
            Forecast forecast = analysis.forecast();
            int i = f.step() - 1;
            atTtf.put("lo80", num(forecast.lo80()[i]));
            atTtf.put("hi80", num(forecast.hi80()[i]));
        }
        atTtf.put("lo95", num(f.lo95()));
        atTtf.put("hi95", num(f.hi95()));
        context.put("forecastAtTtf", atTtf);
        outcome.forecastOrigin().ifPresent(origin -> context.put("forecastOrigin", origin.toString()));
        return context;
    }

    static Map<String, Object> cascade(FailurePrediction source, CascadeImpact impact, String sourceService) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("sourceService", sourceService);
        context.put("sourceMetric", source.metric().key());
        context.put("sourceConfidence", num(source.confidence()));
        context.put("path", impact.path());
        context.put("weights", impact.weights());
        context.put("timeToFailureSeconds", num(source.timeToFailureSeconds()));
        return context;
    }

    static Map<String, Object> anomaly(MetricAnalysis analysis) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("metric", analysis.series().metric().key());
        context.put("score", num(analysis.anomaly().score()));
        context.put("latest", num(analysis.series().latest()));
        context.put("observedPoints", analysis.series().observedPoints());
        context.put("stepSeconds", num(analysis.series().stepSeconds()));
        return context;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

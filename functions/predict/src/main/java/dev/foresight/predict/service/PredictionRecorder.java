package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricAnalysis;
import dev.foresight.predict.api.PredictResponse;
import dev.foresight.predict.api.PredictResponse.CascadeView;
import dev.foresight.predict.api.PredictResponse.FailureView;
import dev.foresight.predict.cascade.CascadeImpact;
import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.shared.prediction.DecisionEntity;
import dev.foresight.shared.prediction.DecisionRepository;
import dev.foresight.shared.prediction.PredictionEntity;
import dev.foresight.shared.prediction.PredictionRepository;
import io.smallrye.mutiny.Multi;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stores each conclusion as a decision (reasoning in words, evidence as context) and a prediction
 * pointing at it. Runs inside the caller's transaction, one row at a time: a reactive session
 * allows one operation in flight.
 */
@ApplicationScoped
public class PredictionRecorder {
    private final PredictionRepository predictions;
    private final DecisionRepository decisions;
    private final MeterRegistry meters;

    public PredictionRecorder(PredictionRepository predictions, DecisionRepository decisions, MeterRegistry meters) {
        this.predictions = predictions;
        this.decisions = decisions;
        this.meters = meters;
    }

    public Uni<PredictResponse> store(Outcome outcome) {
        String service = outcome.service().orElseThrow();
        List<MetricAnalysis> failing = outcome.analyses().stream().filter(a -> a.failure().isPresent()).toList();
        return inOrder(failing, a -> storeFailure(service, a, outcome))
                .chain(failures -> inOrder(outcome.cascades(), c -> storeCascade(service, c, outcome))
                        .chain(cascades -> inOrder(outcome.anomalies(), a -> storeAnomaly(service, a))
                                .map(ignored -> ResponseViews.response(outcome, failures, cascades))));
    }

    private Uni<FailureView> storeFailure(String service, MetricAnalysis analysis, Outcome outcome) {
        FailurePrediction f = analysis.failure().orElseThrow();
        return record("failure", service, f.reasoning(), f.confidence(), Evidence.failure(analysis, f, outcome), p -> {
            p.metric = f.metric().key();
            p.timeToFailureSeconds = f.timeToFailureSeconds();
            p.predictedValue = f.predictedValue();
            p.limitValue = f.limit();
        }).map(p -> ResponseViews.failure(service, f, p.id, p.decisionId));
    }

    private Uni<CascadeView> storeCascade(String source, CascadeImpact impact, Outcome outcome) {
        FailurePrediction f = outcome.cascadeSource().orElseThrow();
        String reasoning = ResponseViews.cascadeReason(f, impact);
        Map<String, Object> context = Evidence.cascade(f, impact, source);
        return record("cascade", impact.service(), reasoning, impact.confidence(), context, p -> {
            p.metric = f.metric().key();
            p.sourceService = source;
            p.timeToFailureSeconds = f.timeToFailureSeconds();
        }).map(p -> ResponseViews.cascade(outcome, impact, p.id));
    }

    private Uni<PredictionEntity> storeAnomaly(String service, MetricAnalysis analysis) {
        String reasoning = ResponseViews.anomalyReason(analysis) + String.format(Locale.ROOT, "; score %.2f",
                analysis.anomaly().score());
        return record("anomaly", service, reasoning, analysis.anomaly().score(), Evidence.anomaly(analysis), p -> {
            p.metric = analysis.series().metric().key();
            p.predictedValue = analysis.series().latest();
        });
    }

    /** One decision and the prediction that cites it. */
    private Uni<PredictionEntity> record(String kind, String service, String reasoning, double confidence,
                                         Map<String, Object> context, Consumer<PredictionEntity> details) {
        DecisionEntity decision = new DecisionEntity();
        decision.type = kind;
        decision.service = service;
        decision.reasoning = reasoning;
        decision.confidence = confidence;
        decision.context = context;
        return decisions.persistAndFlush(decision).chain(d -> {
            PredictionEntity prediction = new PredictionEntity();
            prediction.kind = kind;
            prediction.service = service;
            prediction.confidence = confidence;
            prediction.reasoning = reasoning;
            prediction.decisionId = d.id;
            details.accept(prediction);
            return predictions.persistAndFlush(prediction)
                    .invoke(() -> meters.counter("foresight.predictions", "kind", kind).increment());
        });
    }

    private static <T, R> Uni<List<R>> inOrder(List<T> items, Function<T, Uni<R>> action) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(items)
                .onItem().<R>transformToUniAndConcatenate(action::apply)
                .collect().asList();
    }
}

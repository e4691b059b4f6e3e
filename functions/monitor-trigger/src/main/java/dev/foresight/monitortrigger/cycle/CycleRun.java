package dev.foresight.monitortrigger.cycle;

import dev.foresight.monitortrigger.cycle.alert.AlertOutcome;
import dev.foresight.monitortrigger.cycle.predict.PredictOutcome;
import dev.foresight.monitortrigger.cycle.predict.PredictResponse;
import dev.foresight.monitortrigger.source.SourceResult;
import dev.foresight.monitortrigger.source.probe.ProbeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one cycle has done so far. Steps run one after another and each records its results
 * here; the report is assembled from it at the end. Methods are synchronized because a step
 * may record from several concurrent calls.
 */
public final class CycleRun {
    private final String cycleId;
    private final Instant startedAt;
    private int services;
    private int snapshotsProbed;
    private List<String> candidates = List.of();
    private final List<SourceReport> sources = new ArrayList<>();
    private final List<PredictResponse> predictions = new ArrayList<>();
    private int alertsSent;
    private final List<CycleError> errors = new ArrayList<>();
    private Instant finishedAt;

    public CycleRun(String cycleId, Instant startedAt) {
        this.cycleId = cycleId;
        this.startedAt = startedAt;
    }

    public String cycleId() {
        return cycleId;
    }

    /** Collect step: the fleet's size and the services worth predicting. */
    public synchronized void collected(int services, List<String> candidates) {
        this.services = services;
        this.candidates = List.copyOf(candidates);
    }

    /** Collect step: what one source gathered (and stored), its failures reported per service. */
    public synchronized void sourced(SourceResult result) {
        sources.add(new SourceReport(result.source(), result.servicesCollected(), result.snapshots().size(),
                result.errors().size()));
        if (ProbeSource.NAME.equals(result.source())) {
            snapshotsProbed = result.snapshots().size();
        }
        result.errors().forEach(e -> errors.add(new CycleError("collect", result.source(), e.service(), e.message())));
    }

    public synchronized List<String> candidates() {
        return candidates;
    }

    public synchronized void predicted(PredictOutcome outcome) {
        if (outcome.succeeded()) {
            predictions.add(outcome.response());
        } else {
            errors.add(new CycleError("predict", outcome.service(), outcome.error()));
        }
    }

    /** Successful predictions, in service order so that alerts go out in a stable order. */
    public synchronized List<PredictResponse> predictions() {
        return predictions.stream()
                .sorted(Comparator.comparing(PredictResponse::service, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public synchronized void alerted(AlertOutcome outcome) {
        if (outcome.succeeded()) {
            alertsSent++;
        } else {
            errors.add(new CycleError("alert", outcome.alert().service(), outcome.error()));
        }
    }

    public synchronized void error(String step, String service, String message) {
        errors.add(new CycleError(step, service, message));
    }

    public synchronized void finish(Instant at) {
        this.finishedAt = at;
    }

    public synchronized CycleReport report() {
        Instant end = finishedAt == null ? startedAt : finishedAt;
        int failures = predictions.stream().mapToInt(p -> p.failures().size()).sum();
        int cascades = predictions.stream().mapToInt(p -> p.cascades().size()).sum();
        return new CycleReport(cycleId, startedAt.toString(), Duration.between(startedAt, end).toMillis(),
                services, snapshotsProbed, List.copyOf(sources), predictions.size(), failures, cascades, alertsSent, List.copyOf(errors));
    }
}

package dev.foresight.monitortrigger.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.cycle.alert.Alert;
import dev.foresight.monitortrigger.cycle.alert.AlertOutcome;
import dev.foresight.monitortrigger.cycle.alert.AlertReceipt;
import dev.foresight.monitortrigger.cycle.predict.PredictOutcome;
import dev.foresight.monitortrigger.cycle.predict.PredictResponse;
import dev.foresight.monitortrigger.cycle.predict.PredictedCascade;
import dev.foresight.monitortrigger.cycle.predict.PredictedFailure;
import dev.foresight.monitortrigger.source.SourceError;
import dev.foresight.monitortrigger.source.SourceResult;
import dev.foresight.shared.fleet.SnapshotEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleRunTest {
    private static final Instant START = Instant.parse("2025-06-01T12:00:00Z");

    private static PredictResponse prediction(String service, int failures, int cascades) {
        List<PredictedFailure> f = java.util.stream.IntStream.range(0, failures)
                .mapToObj(i -> new PredictedFailure(service, "m" + i, 1.0, 60.0, 0.8, "r", null, null)).toList();
        List<PredictedCascade> c = java.util.stream.IntStream.range(0, cascades)
                .mapToObj(i -> new PredictedCascade("dep" + i, service, List.of(service, "dep" + i), 0.5, 60.0, "r", null)).toList();
        return new PredictResponse(service, START.toString(), f, c);
    }

    @Test
    void reportCountsWhatEachStepRecorded() {
        CycleRun run = new CycleRun("c-1", START);
        run.collected(5, List.of("a", "b", "c"));
        run.sourced(new SourceResult("probe", 2, List.of(new SnapshotEntity(), new SnapshotEntity()), List.of()));
        run.sourced(new SourceResult("prometheus", 1, List.of(new SnapshotEntity()),
                List.of(new SourceError("c", "query \"cpu\": timed out"))));
        run.predicted(PredictOutcome.predicted("b", prediction("b", 2, 1)));
        run.predicted(PredictOutcome.failed("c", "predict answered 500"));
        run.predicted(PredictOutcome.predicted("a", prediction("a", 1, 0)));
        Alert alert = new Alert("failure", "a", "s", 0.8, 60L, Map.of("metric", "m0"));
        run.alerted(AlertOutcome.sent(alert, new AlertReceipt(1L, "f", "high", "active", false)));
        run.alerted(AlertOutcome.sent(alert, new AlertReceipt(2L, "f", "high", "active", true)));
        run.alerted(AlertOutcome.failed(alert, "timed out"));
        run.error("warm-cache", "b", "redis down");
        run.finish(START.plusMillis(1234));

        CycleReport report = run.report();

        assertEquals(new CycleReport("c-1", "2025-06-01T12:00:00Z", 1234, 5, 2,
                List.of(new SourceReport("probe", 2, 2, 0), new SourceReport("prometheus", 1, 1, 1)), 2, 3, 1, 2, List.of(
                new CycleError("collect", "prometheus", "c", "query \"cpu\": timed out"),
                new CycleError("predict", "c", "predict answered 500"),
                new CycleError("alert", "a", "timed out"),
                new CycleError("warm-cache", "b", "redis down"))), report);
    }

    @Test
    void predictionsComeOutInServiceOrder() {
        CycleRun run = new CycleRun("c-2", START);
        run.predicted(PredictOutcome.predicted("zeta", prediction("zeta", 0, 0)));
        run.predicted(PredictOutcome.predicted("alpha", prediction("alpha", 0, 0)));
        assertEquals(List.of("alpha", "zeta"), run.predictions().stream().map(PredictResponse::service).toList());
    }

    @Test
    void unfinishedRunReportsZeroDuration() {
        CycleReport report = new CycleRun("c-3", START).report();
        assertEquals(0, report.durationMs());
        assertEquals(0, report.services());
        assertEquals(List.of(), report.errors());
    }
}

package dev.foresight.predict.service;

import dev.foresight.predict.api.PredictBatchLine;
import dev.foresight.predict.api.PredictBatchRequest;
import dev.foresight.predict.api.PredictRequest;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.problem.Problems;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Many predictions in one call. Each entry goes through {@link PredictionService#predict} exactly as
 * a POST /predict would, one after another (one database session at a time per request; callers
 * that want more run several batches at once), and its line leaves as soon as it is known. An entry
 * that fails becomes a line with its problem and the next entry is still predicted.
 */
@ApplicationScoped
public class BatchPredictionService {
    private static final Logger LOG = Logger.getLogger(BatchPredictionService.class);

    private final PredictionService predictions;
    private final PredictConfig config;

    public BatchPredictionService(PredictionService predictions, PredictConfig config) {
        this.predictions = predictions;
        this.config = config;
    }

    /** Checks the envelope at once (a 400 before any line), then streams one line per entry. */
    public Multi<PredictBatchLine> predict(PredictBatchRequest batch) {
        List<PredictRequest> entries = entries(batch);
        return Multi.createFrom().range(0, entries.size())
                .onItem().transformToUniAndConcatenate(i -> {
                    PredictRequest entry = entries.get(i);
                    String name = nameOf(entry);
                    return predictions.predict(entry)
                            .map(response -> PredictBatchLine.predicted(i, name, response))
                            .onFailure().recoverWithItem(failure -> failed(i, name, failure));
                });
    }

    private List<PredictRequest> entries(PredictBatchRequest batch) {
        if (batch == null) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
        List<PredictRequest> entries = batch.requests();
        if (entries == null) {
            throw ProblemException.invalid("requests", "is required");
        }
        if (entries.isEmpty()) {
            throw ProblemException.invalid("requests", "must hold at least 1 entry");
        }
        int max = config.batch().maxRequests();
        if (entries.size() > max) {
            throw ProblemException.invalid("requests", "must hold at most " + max + " entries (foresight.predict.batch.max-requests)");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw ProblemException.invalid("requests[" + i + "]", "must be a JSON object");
            }
        }
        return entries;
    }

    private static String nameOf(PredictRequest entry) {
        return entry.service() != null ? entry.service() : entry.series() == null ? null : entry.series().name();
    }

    private static PredictBatchLine failed(int index, String name, Throwable failure) {
        Problem problem = Problems.from(failure);
        if (problem.status() >= 500) {
            LOG.errorf(failure, "batch entry %d (%s) failed", index, name);
        }
        return PredictBatchLine.failed(index, name, problem);
    }
}

package dev.foresight.predict.service;

import dev.foresight.predict.api.DecisionView;
import dev.foresight.predict.api.PredictionView;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.prediction.DecisionRepository;
import dev.foresight.shared.prediction.PredictionRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The latest stored predictions and decisions, for one service or for all. */
@ApplicationScoped
public class PredictionQueries {
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    private final PredictionRepository predictions;
    private final DecisionRepository decisions;
    private final PredictConfig config;

    public PredictionQueries(PredictionRepository predictions, DecisionRepository decisions, PredictConfig config) {
        this.predictions = predictions;
        this.decisions = decisions;
        this.config = config;
    }

    @WithSession
    public Uni<List<PredictionView>> predictions(String service, String limit) {
        int n = limit(limit);
        var query = checkedService(service) == null
                ? predictions.findAll(NEWEST_FIRST)
                : predictions.find("service", NEWEST_FIRST, service);
        return query.page(0, n).list().map(rows -> rows.stream().map(PredictionView::of).toList());
    }

    @WithSession
    public Uni<List<DecisionView>> decisions(String service, String limit) {
        int n = limit(limit);
        var query = checkedService(service) == null
                ? decisions.findAll(NEWEST_FIRST)
                : decisions.find("service", NEWEST_FIRST, service);
        return query.page(0, n).list().map(rows -> rows.stream().map(DecisionView::of).toList());
    }

    private static String checkedService(String service) {
        if (service != null && service.isBlank()) {
            throw ProblemException.invalid("service", "must not be blank when given");
        }
        return service;
    }

    /** Parsed here rather than by JAX-RS, which answers a malformed query parameter with a bare 404. */
    private int limit(String raw) {
        int max = config.listing().maxLimit();
        if (raw == null) {
            return config.listing().defaultLimit();
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the same rule as an out-of-range number
        }
        throw ProblemException.invalid("limit", "must be an integer within [1, " + max + "]");
    }
}

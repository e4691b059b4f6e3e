package dev.foresight.predict.service;

import dev.foresight.predict.analysis.MetricSeries;
import java.util.Optional;

/** A validated POST /predict: for a registered service, or for one inline series. */
public sealed interface PredictCommand {
    int horizonSeconds();

    /** The name results are stored under; empty when nothing is stored. */
    Optional<String> service();

    record ForService(String name, int horizonSeconds) implements PredictCommand {
        @Override
        public Optional<String> service() {
            return Optional.of(name);
        }
    }

    record Inline(Optional<String> service, MetricSeries series, int horizonSeconds) implements PredictCommand {}
}

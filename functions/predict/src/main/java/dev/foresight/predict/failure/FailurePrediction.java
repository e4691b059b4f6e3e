package dev.foresight.predict.failure;

import dev.foresight.predict.series.Metric;

/**
 * A predicted limit crossing. {@code step} is the forecast step (1 = one step ahead) where
 * crossing first becomes more likely than not, or 0 when the latest value is already over the
 * limit; {@code predictedValue} and the interval are the forecast at that step (the latest value
 * and the one-step interval when already over).
 */
public record FailurePrediction(
        Metric metric,
        double limit,
        double latest,
        int step,
        double timeToFailureSeconds,
        double confidence,
        double predictedValue,
        double lo95,
        double hi95,
        String reasoning) {}

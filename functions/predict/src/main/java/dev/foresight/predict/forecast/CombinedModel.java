package dev.foresight.predict.forecast;

/** One member of the combination: a point forecast of an already cleaned, transformed series. */
@FunctionalInterface
interface CombinedModel {
    double[] forecast(double[] x, int horizon);
}

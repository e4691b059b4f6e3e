package dev.foresight.predict.forecast;

/** Forecasts a regularly spaced series. {@code NaN} in the history marks a missing point. */
public interface Forecaster {
    Forecast forecast(double[] history, int horizon);
}

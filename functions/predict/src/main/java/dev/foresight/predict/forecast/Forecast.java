package dev.foresight.predict.forecast;

/**
 * A point forecast with 80 % and 95 % prediction intervals, one entry per step ahead
 * (index 0 = one step after the last observation).
 */
public record Forecast(double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {
    public int horizon() {
        return mean.length;
    }
}

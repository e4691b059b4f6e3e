package dev.foresight.predict.analysis;

import dev.foresight.predict.series.Metric;
import java.util.OptionalDouble;

/** One metric of one service on a regular grid ({@code NaN} = missing), and its limit if it has one. */
public record MetricSeries(Metric metric, double stepSeconds, double[] values, OptionalDouble limit) {
    /** The most recent observed value; {@code NaN} if nothing was observed. */
    public double latest() {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    public int observedPoints() {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }
}

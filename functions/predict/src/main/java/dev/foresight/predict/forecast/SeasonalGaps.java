package dev.foresight.predict.forecast;

/** Fills missing points ({@code NaN}, infinities) of a history before any model sees it. */
final class SeasonalGaps {

    private SeasonalGaps() {
    }

    /**
     * Linear interpolation between the observed neighbours; leading and trailing gaps take the
     * nearest observation.
     *
     * @throws IllegalArgumentException when nothing is observed
     */
    static double[] fill(double[] history) {
        int n = history.length;
        double[] x = new double[n];
        int prev = -1;
        for (int t = 0; t < n; t++) {
            if (!Double.isFinite(history[t])) {
                continue;
            }
            x[t] = history[t];
            if (prev < 0) {
                java.util.Arrays.fill(x, 0, t, history[t]);
            } else if (t - prev > 1) {
                double step = (history[t] - history[prev]) / (t - prev);
                for (int k = prev + 1; k < t; k++) {
                    x[k] = history[prev] + step * (k - prev);
                }
            }
            prev = t;
        }
        if (prev < 0) {
            throw new IllegalArgumentException("history has no observed value");
        }
        java.util.Arrays.fill(x, prev + 1, n, history[prev]);
        return x;
    }
}

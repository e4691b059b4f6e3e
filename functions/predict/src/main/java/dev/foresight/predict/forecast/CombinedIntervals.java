package dev.foresight.predict.forecast;

/**
 * Prediction intervals on the model scale from empirical errors: the spread blends the
 * combination's own holdout errors with the in-sample errors of the seasonal naive forecast
 * (the holdout, having chosen the weights, is optimistic), widens with the
 * horizon, and is scaled by multipliers calibrated on held-out M4 Hourly series.
 *
 * @param z80 multiplier of the spread for the 80 % interval
 * @param z95 multiplier of the spread for the 95 % interval
 * @param naiveShare weight of the seasonal naive error variance in the spread
 * @param growth relative widening per step, the spread at step h being {@code (1 + growth (h-1))}
 *     times the base; applied under a square root as error variances add up
 */
record CombinedIntervals(double z80, double z95, double naiveShare, double growth) {

    /** Calibrated on the M4 Hourly dev half (see BENCHMARKS.md). */
    static final CombinedIntervals DEFAULT = new CombinedIntervals(0.82, 1.4, 0.25, 0.05);

    /**
     * Half-widths per step, {@code [0]} for 80 % and {@code [1]} for 95 %.
     *
     * @param x the transformed history
     * @param residuals holdout errors of the combined forecast (may be empty)
     * @param period the shortest usable period, or 1 when none
     */
    double[][] halfWidths(double[] x, double[] residuals, int period, int horizon) {
        double holdout = meanSquare(residuals);
        double naive = laggedMeanSquare(x, period);
        double base = residuals.length == 0 ? naive : (1 - naiveShare) * holdout + naiveShare * naive;
        double[][] w = new double[2][horizon];
        for (int h = 0; h < horizon; h++) {
            double s = Math.sqrt(base * (1 + growth * h));
            w[0][h] = z80 * s;
            w[1][h] = z95 * s;
        }
        return w;
    }

    private static double meanSquare(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return r.length == 0 ? 0 : s / r.length;
    }

    /** Mean squared lag-{@code p} difference over the recent past (at most 8 weeks of hours). */
    private static double laggedMeanSquare(double[] x, int p) {
        int n = x.length;
        int from = Math.max(p, n - 1344);
        double s = 0;
        int k = 0;
        for (int t = from; t < n; t++) {
            double d = x[t] - x[t - p];
            s += d * d;
            k++;
        }
        return k == 0 ? 0 : s / k;
    }
}

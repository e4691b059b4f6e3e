package dev.foresight.predict.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * Forecasts a metric by combining seasonal statistical models (multi-period decomposition with
 * exponential smoothing, Taylor's double seasonal Holt-Winters, seasonal naive variants),
 * weighted per series by their mean accuracy over the last few horizons held out. Strictly
 * positive series are modelled on the log scale, so seasonality is multiplicative and bounds
 * stay positive; the members' forecasts are averaged on the data scale. The models are written
 * here because Java has no forecasting library of the standard of R's forecast or Python's
 * statsforecast.
 */
public final class CombinedForecaster implements Forecaster {

    /** Exponent of the inverse holdout error in the weights: sharp, close to selection. */
    private static final double WEIGHT_POWER = 5;
    /**
     * Holdout origins, each followed by one horizon (at most two shortest cycles) held out; the
     * windows tile the most recent days, so the weights rest on several days rather than one.
     */
    private static final int ORIGINS = 3;

    private final int[] periods;
    private final CombinedIntervals intervals;

    /**
     * @param periods seasonal periods in steps of the metric's resolution, e.g. 24 and 168 for
     *     hourly points (daily and weekly cycles)
     */
    public CombinedForecaster(int... periods) {
        this(CombinedIntervals.DEFAULT, periods);
    }

    CombinedForecaster(CombinedIntervals intervals, int... periods) {
        for (int p : periods) {
            if (p < 1) {
                throw new IllegalArgumentException("seasonal period must be >= 1, got " + p);
            }
        }
        this.periods = periods.clone();
        this.intervals = intervals;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        double[] y = SeasonalGaps.fill(history);
        double min = Arrays.stream(y).min().orElseThrow();
        double max = Arrays.stream(y).max().orElseThrow();
        if (min == max) {
            double[] c = new double[horizon];
            Arrays.fill(c, min);
            return new Forecast(c, c.clone(), c.clone(), c.clone(), c.clone());
        }
        boolean log = min > 0;
        double[] x = log ? Arrays.stream(y).map(Math::log).toArray() : y;
        int n = x.length;
        int[] usable = CombinedCandidates.usablePeriods(periods, n);
        int shortest = usable.length > 0 ? usable[0] : 1;
        int holdout = Math.min(horizon, usable.length > 0 ? 2 * shortest : n / 5);
        int minTrain = usable.length > 0 ? 2 * shortest : 4;
        int origins = ORIGINS;
        while (origins > 0 && (holdout < 1 || n - origins * holdout < minTrain)) {
            origins--;
        }
        List<CombinedModel> models = CombinedCandidates.forLength(periods, n - origins * holdout);
        List<CombinedModel> heldModels = CombinedCandidates.forLength(periods, n - origins * holdout);
        int k = models.size();
        double[][][] held = new double[origins][k][];
        double[] error = new double[k];
        // oldest origin first: the warm-started members choose their weights on the least data
        for (int o = origins; o >= 1; o--) {
            double[] train = Arrays.copyOf(x, n - o * holdout);
            for (int m = 0; m < k; m++) {
                held[o - 1][m] = toScale(heldModels.get(m).forecast(train, holdout), log);
                error[m] += meanAbsoluteError(y, n - o * holdout, held[o - 1][m]);
            }
        }
        double[] weights = new double[k];
        for (int m = 0; m < k; m++) {
            weights[m] = origins == 0 ? 1 : Math.pow(error[m] / origins + 1e-12 * (max - min), -WEIGHT_POWER);
        }
        double[][] full = new double[k][];
        for (int m = 0; m < k; m++) {
            full[m] = toScale(models.get(m).forecast(x, horizon), log);
        }
        double[] mean = fromScale(weighted(full, weights, horizon), log);
        double[] residuals = new double[origins * holdout];
        for (int o = 1; o <= origins; o++) {
            double[] fitted = fromScale(weighted(held[o - 1], weights, holdout), log);
            for (int i = 0; i < holdout; i++) {
                residuals[(o - 1) * holdout + i] = x[n - o * holdout + i] - fitted[i];
            }
        }
        double[][] half = intervals.halfWidths(x, residuals, shortest, horizon);
        return bounds(mean, half, log);
    }

    /** Members forecast on the model scale; they are combined on the data scale. */
    private static double[] toScale(double[] f, boolean log) {
        return log ? Arrays.stream(f).map(Math::exp).toArray() : f;
    }

    private static double[] fromScale(double[] f, boolean log) {
        return log ? Arrays.stream(f).map(Math::log).toArray() : f;
    }

    private static double meanAbsoluteError(double[] y, int start, double[] f) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += Math.abs(y[start + i] - f[i]);
        }
        return s / f.length;
    }

    private static double[] weighted(double[][] forecasts, double[] weights, int horizon) {
        double total = Arrays.stream(weights).sum();
        double[] out = new double[horizon];
        for (int k = 0; k < forecasts.length; k++) {
            double w = weights[k] / total;
            for (int i = 0; i < horizon; i++) {
                out[i] += w * forecasts[k][i];
            }
        }
        return out;
    }

    private static Forecast bounds(double[] mean, double[][] half, boolean log) {
        int h = mean.length;
        double[] m = new double[h];
        double[] lo80 = new double[h];
        double[] hi80 = new double[h];
        double[] lo95 = new double[h];
        double[] hi95 = new double[h];
        for (int i = 0; i < h; i++) {
            m[i] = back(mean[i], log);
            lo80[i] = back(mean[i] - half[0][i], log);
            hi80[i] = back(mean[i] + half[0][i], log);
            lo95[i] = back(mean[i] - half[1][i], log);
            hi95[i] = back(mean[i] + half[1][i], log);
        }
        return new Forecast(m, lo80, hi80, lo95, hi95);
    }

    private static double back(double v, boolean log) {
        return log ? Math.exp(v) : v;
    }
}

package dev.foresight.predict.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * Forecasts a metric by combining seasonal statistical models (multi-period decomposition with
 * exponential smoothing, Taylor's double seasonal Holt-Winters, seasonal naive variants),
 * weighted per series by their accuracy on the most recent cycle held out. Strictly positive
 * series are modelled on the log scale, so seasonality is multiplicative and bounds stay
 * positive. The models are written here because Java has no forecasting library of the
 * standard of R's forecast or Python's statsforecast.
 */
public final class CombinedForecaster implements Forecaster {

    /** Exponent of the inverse holdout error in the weights: sharp, close to selection. */
    private static final double WEIGHT_POWER = 3;

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
        int holdout = Math.min(horizon, usable.length > 0 ? shortest : n / 5);
        if (n - holdout < 4) {
            holdout = 0;
        }
        List<CombinedModel> models = CombinedCandidates.forLength(periods, n - holdout);
        double[][] full = new double[models.size()][];
        double[][] held = new double[models.size()][];
        double[] weights = new double[models.size()];
        double[] train = Arrays.copyOf(x, n - holdout);
        for (int k = 0; k < models.size(); k++) {
            full[k] = models.get(k).forecast(x, horizon);
            if (holdout > 0) {
                held[k] = models.get(k).forecast(train, holdout);
                weights[k] = Math.pow(meanAbsoluteError(y, held[k], log) + 1e-12 * (max - min), -WEIGHT_POWER);
            } else {
                weights[k] = 1;
            }
        }
        double[] mean = weighted(full, weights, horizon);
        double[] residuals = new double[holdout];
        if (holdout > 0) {
            double[] fitted = weighted(held, weights, holdout);
            for (int i = 0; i < holdout; i++) {
                residuals[i] = x[n - holdout + i] - fitted[i];
            }
        }
        double[][] half = intervals.halfWidths(x, residuals, shortest, horizon);
        return bounds(mean, half, log);
    }

    private static double meanAbsoluteError(double[] y, double[] f, boolean log) {
        int start = y.length - f.length;
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            s += Math.abs(y[start + i] - (log ? Math.exp(f[i]) : f[i]));
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

package dev.foresight.predict.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Holt's linear method with a damped trend, in its state-space form ETS(A,Ad,N):
 * <pre>
 *   level_t = level_{t-1} + phi * trend_{t-1} + alpha * e_t
 *   trend_t = phi * trend_{t-1} + beta * e_t
 * </pre>
 * Parameters are chosen by a small grid search on the in-sample one-step squared error: the
 * cost is bounded and the result deterministic. Prediction intervals are Gaussian with the
 * model's own h-step variance, {@code sigma^2 (1 + sum_{j<h} c_j^2)} where
 * {@code c_j = alpha + beta (phi + ... + phi^j)} (Hyndman et al., Forecasting with Exponential
 * Smoothing, ch. 6), so they widen with the horizon as the model says they should.
 * <p>
 * Missing points ({@code NaN}) advance the state without a correction; trailing missing points
 * make every forecast step that much further from the last observation, and its interval wider.
 */
public final class DampedTrendForecaster implements Forecaster {
    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    /** Trend smoothing as a fraction of alpha, which keeps 0 < beta <= alpha (admissible region). */
    private static final double[] BETA_RATIOS = {0.01, 0.05, 0.1, 0.2, 0.4};
    private static final double[] PHIS = {0.8, 0.9, 0.95, 0.98, 1.0};
    private static final int TREND_SEED_POINTS = 10;
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z80 = NORMAL.inverseCumulativeProbability(0.90);
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);

    /** One fitted model: its parameters, final state and residual variance. */
    record Fit(double alpha, double beta, double phi, double level, double trend, double sse, int residuals) {
        double sigma2() {
            int dof = residuals > 3 ? residuals - 3 : residuals;
            return dof == 0 ? 0 : sse / dof;
        }
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, got " + horizon);
        }
        int first = firstFinite(history);
        if (first < 0) {
            throw new IllegalArgumentException("history has no observed value");
        }
        double trendSeed = trendSeed(history, first);
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double ratio : BETA_RATIOS) {
                for (double phi : PHIS) {
                    Fit fit = fit(history, first, trendSeed, alpha, alpha * ratio, phi);
                    if (best == null || fit.sse() < best.sse()) {
                        best = fit;
                    }
                }
            }
        }
        return project(best, horizon, trailingMissing(history));
    }

    static Fit fit(double[] y, int first, double trendSeed, double alpha, double beta, double phi) {
        double level = y[first];
        double trend = trendSeed;
        double sse = 0;
        int residuals = 0;
        for (int t = first + 1; t < y.length; t++) {
            double predicted = level + phi * trend;
            if (Double.isNaN(y[t])) {
                level = predicted;
                trend = phi * trend;
                continue;
            }
            double error = y[t] - predicted;
            sse += error * error;
            residuals++;
            level = predicted + alpha * error;
            trend = phi * trend + beta * error;
        }
        return new Fit(alpha, beta, phi, level, trend, sse, residuals);
    }

    private static Forecast project(Fit fit, int horizon, int gap) {
        double[] mean = new double[horizon];
        double[] lo80 = new double[horizon];
        double[] hi80 = new double[horizon];
        double[] lo95 = new double[horizon];
        double[] hi95 = new double[horizon];
        double sigma2 = fit.sigma2();
        double dampedSum = 0;
        double phiPower = 1;
        // variance terms c_j for j < gap + h, accumulated as h grows
        double cumulativeC2 = 0;
        double cPhiSum = 0;
        double cPhiPower = 1;
        for (int j = 1; j < gap + 1; j++) {
            cPhiPower *= fit.phi();
            cPhiSum += cPhiPower;
            double c = fit.alpha() + fit.beta() * cPhiSum;
            cumulativeC2 += c * c;
        }
        for (int h = 1; h <= horizon; h++) {
            phiPower *= fit.phi();
            dampedSum += phiPower;
            double m = fit.level() + dampedSum * fit.trend();
            double sd = Math.sqrt(sigma2 * (1 + cumulativeC2));
            mean[h - 1] = m;
            lo80[h - 1] = m - Z80 * sd;
            hi80[h - 1] = m + Z80 * sd;
            lo95[h - 1] = m - Z95 * sd;
            hi95[h - 1] = m + Z95 * sd;
            cPhiPower *= fit.phi();
            cPhiSum += cPhiPower;
            double c = fit.alpha() + fit.beta() * cPhiSum;
            cumulativeC2 += c * c;
        }
        return new Forecast(mean, lo80, hi80, lo95, hi95);
    }

    /** Least-squares slope of the first few observations: a start for the trend that one noisy pair cannot set. */
    private static double trendSeed(double[] y, int first) {
        SimpleRegression regression = new SimpleRegression();
        for (int t = first; t < y.length && regression.getN() < TREND_SEED_POINTS; t++) {
            if (!Double.isNaN(y[t])) {
                regression.addData(t, y[t]);
            }
        }
        double slope = regression.getSlope();
        return Double.isNaN(slope) ? 0 : slope;
    }

    /** Index of the first observation, -1 if none; infinities are errors, not missing points. */
    private static int firstFinite(double[] y) {
        int first = -1;
        for (int t = 0; t < y.length; t++) {
            if (Double.isInfinite(y[t])) {
                throw new IllegalArgumentException("history holds an infinite value at " + t);
            }
            if (first < 0 && !Double.isNaN(y[t])) {
                first = t;
            }
        }
        return first;
    }

    private static int trailingMissing(double[] y) {
        int k = 0;
        while (k < y.length && Double.isNaN(y[y.length - 1 - k])) {
            k++;
        }
        return k;
    }
}

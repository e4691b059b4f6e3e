package dev.foresight.predict.forecast;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Where the slope of a series last changed, if it did: a continuous broken line
 * {@code y = a + b·t + c·max(0, t − τ)} is fitted by least squares for every candidate knee τ,
 * and the best one is kept when it beats a straight line by the Bayesian information criterion.
 * The criterion counts effective points, {@code n·(1 − ρ)/(1 + ρ)} for the straight line's
 * lag-one residual autocorrelation ρ, so slow wander in correlated data is not taken for a knee.
 * The normal equations are accumulated here (one pass per knee) and solved by commons-math.
 */
public final class SlopeChange {
    private SlopeChange() {}

    /**
     * The index from which the latest segment runs, or 0 when no knee is supported.
     *
     * @param t ascending times
     * @param y values at those times
     * @param minSegment fewest points on each side of a knee
     */
    public static int start(double[] t, double[] y, int minSegment) {
        int n = t.length;
        if (n < 2 * minSegment || minSegment < 3) {
            return 0;
        }
        double[] line = fit(t, y, Double.NaN);
        double rss1 = line[0];
        double rho = lagOneAutocorrelation(line, t, y);
        double effective = Math.max(3, n * (1 - rho) / (1 + rho));
        double bestRss = Double.POSITIVE_INFINITY;
        int best = 0;
        for (int k = minSegment; k <= n - minSegment; k++) {
            double rss = fit(t, y, t[k - 1])[0];
            if (rss < bestRss) {
                bestRss = rss;
                best = k;
            }
        }
        if (!(rss1 > 0) || best == 0) {
            return 0;
        }
        // the knee adds two parameters (its slope change and its place)
        double bic1 = effective * Math.log(rss1 / n) + 2 * Math.log(effective);
        double bic2 = effective * Math.log(Math.max(bestRss, Double.MIN_NORMAL) / n) + 4 * Math.log(effective);
        return bic2 < bic1 ? best - 1 : 0;
    }

    /**
     * Least squares of y on (1, t, max(0, t − knee)); {@code knee} NaN fits a straight line.
     * Returns {rss, a, b, c}.
     */
    static double[] fit(double[] t, double[] y, double knee) {
        int n = t.length;
        boolean broken = !Double.isNaN(knee);
        double[][] xtx = new double[3][3];
        double[] xty = new double[3];
        double[] x = new double[3];
        for (int i = 0; i < n; i++) {
            x[0] = 1;
            x[1] = t[i];
            x[2] = broken ? Math.max(0, t[i] - knee) : 0;
            for (int r = 0; r < 3; r++) {
                xty[r] += x[r] * y[i];
                for (int c = 0; c < 3; c++) {
                    xtx[r][c] += x[r] * x[c];
                }
            }
        }
        if (!broken) {
            xtx[2][2] = 1; // c is fixed at 0
        }
        double[] beta;
        try {
            beta = new LUDecomposition(new Array2DRowRealMatrix(xtx, false)).getSolver()
                    .solve(new ArrayRealVector(xty, false)).toArray();
        } catch (SingularMatrixException degenerate) {
            return new double[] {Double.POSITIVE_INFINITY, 0, 0, 0};
        }
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double fitted = beta[0] + beta[1] * t[i] + (broken ? beta[2] * Math.max(0, t[i] - knee) : 0);
            rss += (y[i] - fitted) * (y[i] - fitted);
        }
        return new double[] {rss, beta[0], beta[1], beta[2]};
    }

    /** Lag-one autocorrelation of the residuals about the fitted straight line, clipped to [0, 0.95]. */
    private static double lagOneAutocorrelation(double[] line, double[] t, double[] y) {
        double num = 0;
        double den = 0;
        double previous = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            double e = y[i] - line[1] - line[2] * t[i];
            den += e * e;
            if (!Double.isNaN(previous)) {
                num += e * previous;
            }
            previous = e;
        }
        return den > 0 ? Math.max(0, Math.min(0.95, num / den)) : 0;
    }
}

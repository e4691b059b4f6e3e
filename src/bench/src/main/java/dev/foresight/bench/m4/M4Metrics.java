package dev.foresight.bench.m4;

/**
 * The M4 accuracy rules for one series (Makridakis et al., 2020): sMAPE, the MASE scale, the
 * 90 % autocorrelation seasonality test and the Naive2 benchmark built on the classical
 * multiplicative decomposition.
 */
public final class M4Metrics {

    /** Two-sided 90 % normal quantile used by the M4 seasonality test. */
    private static final double Z90 = 1.645;

    private M4Metrics() {
    }

    /** Mean of 200 |y - f| / (|y| + |f|); a step where both are zero counts as 0. */
    public static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double den = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sum += den == 0 ? 0 : 200.0 * Math.abs(actual[i] - forecast[i]) / den;
        }
        return sum / actual.length;
    }

    /** In-sample mean absolute error of the seasonal naive forecast: the MASE denominator. */
    public static double maseScale(double[] train, int m) {
        double sum = 0;
        for (int t = m; t < train.length; t++) {
            sum += Math.abs(train[t] - train[t - m]);
        }
        return sum / (train.length - m);
    }

    /** Mean absolute error divided by the in-sample scale. */
    public static double mase(double[] actual, double[] forecast, double scale) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(actual[i] - forecast[i]);
        }
        return sum / actual.length / scale;
    }

    /** Autocorrelations r_1..r_maxLag with the mean removed and the lag-0 sum as divisor. */
    static double[] autocorrelations(double[] x, int maxLag) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : x) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag];
        if (c0 == 0) {
            return r;
        }
        for (int k = 1; k <= maxLag; k++) {
            double s = 0;
            for (int t = 0; t + k < n; t++) {
                s += (x[t] - mean) * (x[t + k] - mean);
            }
            r[k - 1] = s / c0;
        }
        return r;
    }

    /** M4 test: |r_m| above the 90 % limit with Bartlett's variance; needs at least 3 seasons. */
    public static boolean isSeasonal(double[] x, int m) {
        int n = x.length;
        if (m <= 1 || n < 3 * m) {
            return false;
        }
        double[] r = autocorrelations(x, m);
        double sumSq = 0;
        for (int k = 0; k < m - 1; k++) {
            sumSq += r[k] * r[k];
        }
        double limit = Z90 / Math.sqrt(n) * Math.sqrt(1 + 2 * sumSq);
        return Math.abs(r[m - 1]) > limit;
    }

    /**
     * Classical multiplicative seasonal indices (centred 2 x m moving average, mean ratio per
     * position counted from the series start, normalised to mean 1).
     */
    static double[] multiplicativeIndices(double[] x, int m) {
        int width = m % 2 == 0 ? m + 1 : m;
        double[] w = new double[width];
        java.util.Arrays.fill(w, 1.0 / m);
        if (m % 2 == 0) {
            w[0] = 0.5 / m;
            w[width - 1] = 0.5 / m;
        }
        int half = width / 2;
        double[] sums = new double[m];
        int[] counts = new int[m];
        for (int t = half; t < x.length - half; t++) {
            double trend = 0;
            for (int j = 0; j < width; j++) {
                trend += w[j] * x[t - half + j];
            }
            sums[t % m] += x[t] / trend;
            counts[t % m]++;
        }
        double avg = 0;
        double[] idx = new double[m];
        for (int p = 0; p < m; p++) {
            idx[p] = sums[p] / counts[p];
            avg += idx[p];
        }
        avg /= m;
        for (int p = 0; p < m; p++) {
            idx[p] /= avg;
        }
        return idx;
    }

    /** Naive2: the last value of the seasonally adjusted series, re-seasonalised. */
    public static double[] naive2(double[] x, int horizon, int m) {
        int n = x.length;
        double[] f = new double[horizon];
        if (!isSeasonal(x, m)) {
            java.util.Arrays.fill(f, x[n - 1]);
            return f;
        }
        double[] idx = multiplicativeIndices(x, m);
        double level = x[n - 1] / idx[(n - 1) % m];
        for (int i = 0; i < horizon; i++) {
            f[i] = level * idx[(n + i) % m];
        }
        return f;
    }

    /** Seasonal naive: the last season repeated. */
    public static double[] seasonalNaive(double[] x, int horizon, int m) {
        double[] f = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            f[i] = x[x.length - m + i % m];
        }
        return f;
    }
}

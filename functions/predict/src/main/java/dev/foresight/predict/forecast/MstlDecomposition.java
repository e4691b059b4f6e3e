package dev.foresight.predict.forecast;

/**
 * A light multi-seasonal decomposition in the spirit of MSTL: each seasonal component is
 * re-estimated in turn from the series minus the other components, detrended by a centred
 * moving average of its own period. A component is a profile by phase whose cycles are
 * weighted by recency (older cycles count {@code decay}<sup>age</sup>), so the profile follows a
 * slowly changing seasonality instead of freezing the average over the whole history.
 */
final class MstlDecomposition {

    private final int[] periods;
    private final double[][] profiles;
    private final double[] adjusted;

    private MstlDecomposition(int[] periods, double[][] profiles, double[] adjusted) {
        this.periods = periods;
        this.profiles = profiles;
        this.adjusted = adjusted;
    }

    /**
     * Decomposes {@code x}; {@code periods} must be ascending and each at most {@code x.length / 2}.
     *
     * @param decay per-period weight of a cycle one period older, in (0, 1]
     */
    static MstlDecomposition of(double[] x, int[] periods, double[] decay, int iterations) {
        int n = x.length;
        int k = periods.length;
        double[][] profiles = new double[k][];
        for (int j = 0; j < k; j++) {
            profiles[j] = new double[periods[j]];
        }
        double[] d = new double[n];
        double[] prefix = new double[n + 1];
        for (int it = 0; it < iterations; it++) {
            for (int j = 0; j < k; j++) {
                for (int t = 0; t < n; t++) {
                    double v = x[t];
                    for (int o = 0; o < k; o++) {
                        if (o != j) {
                            v -= profiles[o][t % periods[o]];
                        }
                    }
                    d[t] = v;
                    prefix[t + 1] = prefix[t] + v;
                }
                profiles[j] = profile(d, prefix, periods[j], decay[j]);
            }
        }
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            double v = x[t];
            for (int j = 0; j < k; j++) {
                v -= profiles[j][t % periods[j]];
            }
            adjusted[t] = v;
        }
        return new MstlDecomposition(periods, profiles, adjusted);
    }

    /** Recency-weighted mean of the detrended values by phase, centred to sum zero. */
    private static double[] profile(double[] d, double[] prefix, int p, double decay) {
        int n = d.length;
        int half = p / 2;
        boolean even = p % 2 == 0;
        double[] sum = new double[p];
        double[] weight = new double[p];
        double[] ageWeight = new double[n / p + 1];
        ageWeight[0] = 1;
        for (int a = 1; a < ageWeight.length; a++) {
            ageWeight[a] = ageWeight[a - 1] * decay;
        }
        int phase = half % p;
        for (int t = half; t < n - half; t++) {
            double trend;
            if (even) {
                trend = (prefix[t + half] - prefix[t - half + 1] + 0.5 * (d[t - half] + d[t + half])) / p;
            } else {
                trend = (prefix[t + half + 1] - prefix[t - half]) / p;
            }
            double w = ageWeight[(n - 1 - t) / p];
            sum[phase] += w * (d[t] - trend);
            weight[phase] += w;
            phase = phase + 1 == p ? 0 : phase + 1;
        }
        double[] prof = new double[p];
        double mean = 0;
        for (int i = 0; i < p; i++) {
            prof[i] = weight[i] > 0 ? sum[i] / weight[i] : 0;
            mean += prof[i];
        }
        mean /= p;
        for (int i = 0; i < p; i++) {
            prof[i] -= mean;
        }
        return prof;
    }

    /** The seasonally adjusted series (trend plus remainder). */
    double[] adjusted() {
        return adjusted;
    }

    /** Sum of the seasonal components at absolute time index {@code t} (may lie in the future). */
    double seasonal(int t) {
        double s = 0;
        for (int j = 0; j < periods.length; j++) {
            s += profiles[j][t % periods[j]];
        }
        return s;
    }
}

package dev.foresight.predict.forecast;

/** Seasonal naive variants: cheap, hard to beat on strongly periodic metrics. */
final class SeasonalNaiveModels {

    private SeasonalNaiveModels() {
    }

    /** The last cycle of period {@code p} repeated. */
    static CombinedModel last(int p) {
        return (x, h) -> {
            double[] f = new double[h];
            for (int i = 0; i < h; i++) {
                f[i] = x[x.length - p + i % p];
            }
            return f;
        };
    }

    /**
     * Double seasonal naive: yesterday's value plus last week's change from that day to the
     * next, {@code x[t] = x[t-short] + x[t-long] - x[t-long-short]}, iterated beyond one short cycle.
     */
    static CombinedModel doubleSeasonal(int shortPeriod, int longPeriod) {
        return (x, h) -> {
            int n = x.length;
            double[] e = java.util.Arrays.copyOf(x, n + h);
            for (int t = n; t < n + h; t++) {
                e[t] = e[t - shortPeriod] + e[t - longPeriod] - e[t - longPeriod - shortPeriod];
            }
            return java.util.Arrays.copyOfRange(e, n, n + h);
        };
    }

    /** Recency-weighted mean of the last {@code cycles} cycles at the same phase. */
    static CombinedModel weightedMean(int p, int cycles, double decay) {
        return (x, h) -> {
            int n = x.length;
            double[] f = new double[h];
            for (int i = 0; i < h; i++) {
                double sum = 0;
                double weights = 0;
                double w = 1;
                for (int c = 1; c <= cycles && n - c * p + i % p >= 0; c++) {
                    sum += w * x[n - c * p + i % p];
                    weights += w;
                    w *= decay;
                }
                f[i] = sum / weights;
            }
            return f;
        };
    }
}

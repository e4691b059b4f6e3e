package dev.foresight.predict.forecast;

/**
 * Additive exponential smoothing without seasonality: ETS(A,N,N) when {@code beta = 0} and
 * {@code phi = 1}, ETS(A,Ad,N) otherwise. Run on a seasonally adjusted series.
 */
final class EtsModel {

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9};
    private static final double[] BETA_RATIOS = {0.01, 0.05, 0.2};
    private static final double[] PHIS = {0.8, 0.9, 0.98};

    final double alpha;
    final double beta;
    final double phi;
    final double level;
    final double trend;
    final double sse;

    private EtsModel(double alpha, double beta, double phi, double level, double trend, double sse) {
        this.alpha = alpha;
        this.beta = beta;
        this.phi = phi;
        this.level = level;
        this.trend = trend;
        this.sse = sse;
    }

    /** Runs the filter over {@code z[from..]} and returns the model with its final state. */
    static EtsModel run(double[] z, int from, double alpha, double beta, double phi) {
        double l = z[from];
        double b = 0;
        double sse = 0;
        for (int t = from + 1; t < z.length; t++) {
            double f = l + phi * b;
            double e = z[t] - f;
            sse += e * e;
            l = f + alpha * e;
            b = phi * b + beta * e;
        }
        return new EtsModel(alpha, beta, phi, l, b, sse);
    }

    /** Simple exponential smoothing with the smoothing weight that minimises one-step SSE. */
    static EtsModel fitLevel(double[] z, int from) {
        EtsModel best = null;
        for (double a : ALPHAS) {
            EtsModel m = run(z, from, a, 0, 1);
            if (best == null || m.sse < best.sse) {
                best = m;
            }
        }
        return best;
    }

    /** Damped additive trend, small grid around the best level-only weight. */
    static EtsModel fitDamped(double[] z, int from) {
        EtsModel best = fitLevel(z, from);
        double a = best.alpha;
        for (double r : BETA_RATIOS) {
            for (double phi : PHIS) {
                EtsModel m = run(z, from, a, a * r, phi);
                if (m.sse < best.sse) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** Point forecast {@code h} steps after the last observation. */
    double forecast(int h) {
        double damp = 0;
        double p = 1;
        for (int i = 1; i <= h; i++) {
            p *= phi;
            damp += p;
        }
        return level + trend * damp;
    }
}

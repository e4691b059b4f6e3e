package dev.foresight.predict.forecast;

/**
 * Taylor's double seasonal Holt-Winters (J. Oper. Res. Soc. 54, 2003) for intraday and
 * intraweek cycles, additive on the (log) scale, with the AR(1) adjustment of the last error.
 * The smoothing weights come from a small grid scored by one-step squared error; the AR
 * coefficient is solved for in closed form.
 */
final class SeasonalDoubleHoltWinters {

    private static final double[] ALPHAS = {0.01, 0.05, 0.2};
    private static final double[] DELTAS = {0.01, 0.05, 0.1, 0.2, 0.4};
    private static final double[] OMEGAS = {0.05, 0.2, 0.4};
    /** Upper bound of the AR(1) coefficient on the last error. */
    private static final double MAX_PHI = 0.95;
    /** Long cycles used: two to initialise, the rest to learn; older history is left out. */
    private static final int CYCLES_USED = 6;

    private SeasonalDoubleHoltWinters() {
    }

    /** Needs two long cycles to initialise and at least one more to learn from. */
    static int minLength(int longPeriod) {
        return 3 * longPeriod;
    }

    static CombinedModel of(int shortPeriod, int longPeriod) {
        double[][] grids = {ALPHAS, DELTAS, OMEGAS};
        int[] pick = {1, 2, 1};
        boolean[] searched = {false};
        return (all, h) -> {
            double[] x = all.length > CYCLES_USED * longPeriod
                    ? java.util.Arrays.copyOfRange(all, all.length - CYCLES_USED * longPeriod, all.length) : all;
            double best = Double.POSITIVE_INFINITY;
            // coordinate search: each weight over its grid with the others held, twice round;
            // later calls on the same instance reuse the weights found (warm start)
            for (int pass = 0; pass < (searched[0] ? 0 : 2); pass++) {
                for (int k = 0; k < grids.length; k++) {
                    int chosen = pick[k];
                    for (int i = 0; i < grids[k].length; i++) {
                        if (i == pick[k] && pass + k > 0) {
                            continue;
                        }
                        pick[k] = i;
                        double sse = run(x, shortPeriod, longPeriod, grids, pick, null);
                        if (sse < best) {
                            best = sse;
                            chosen = i;
                        }
                    }
                    pick[k] = chosen;
                }
            }
            searched[0] = true;
            double[] f = new double[h];
            run(x, shortPeriod, longPeriod, grids, pick, f);
            return f;
        };
    }

    /**
     * Filters the series; returns the one-step SSE and, when {@code out} is given, fills it
     * with the forecast from the end. Initial states: level = mean of the first long cycle,
     * long profile = mean deviation over the first two long cycles, short profile zero.
     */
    private static double run(double[] x, int sp, int lp, double[][] grids, int[] pick, double[] out) {
        double alpha = grids[0][pick[0]];
        double delta = grids[1][pick[1]];
        double omega = grids[2][pick[2]];
        int n = x.length;
        double level = 0;
        for (int t = 0; t < lp; t++) {
            level += x[t];
        }
        level /= lp;
        double[] week = new double[lp];
        double[] day = new double[sp];
        for (int t = 0; t < 2 * lp; t++) {
            week[t % lp] += (x[t] - level) / 2;
        }
        double last = 0;
        double rr = 0;
        double rl = 0;
        double ll = 0;
        int d = (2 * lp) % sp;
        int w = 0;
        for (int t = 2 * lp; t < n; t++) {
            double r = x[t] - (level + day[d] + week[w]);
            rr += r * r;
            rl += r * last;
            ll += last * last;
            level += alpha * r;
            day[d] += delta * r;
            week[w] += omega * r;
            last = r;
            d = d + 1 == sp ? 0 : d + 1;
            w = w + 1 == lp ? 0 : w + 1;
        }
        // the states do not depend on phi, so its least-squares value comes in closed form
        double phi = ll > 0 ? Math.max(0, Math.min(MAX_PHI, rl / ll)) : 0;
        double sse = rr - 2 * phi * rl + phi * phi * ll;
        if (out != null) {
            double p = 1;
            for (int i = 0; i < out.length; i++) {
                int t = n + i;
                p *= phi;
                out[i] = level + day[t % sp] + week[t % lp] + p * last;
            }
        }
        return sse;
    }
}

package dev.foresight.predict.failure;

import java.util.Arrays;

/**
 * The chance that a metric crosses its limit at least once by each forecast step, from the
 * forecast's per-step spread split into its two parts:
 * <ul>
 *   <li>the <em>noise</em> of one observation, the one-step spread: new at every step,
 *       independent from step to step (a model's innovations);</li>
 *   <li>the <em>path</em> uncertainty, what the spread grows by beyond one step
 *       ({@code sqrt(sd_t² − sd_1²)}): an error of level or trend, shared by every step, taken as
 *       one standard normal draw {@code z} scaled per step.</li>
 * </ul>
 * {@code P(crossed by k) = E_z[1 − Π_{t ≤ k} P(noise_t < distance_t − z·path_t)]}, integrated
 * over z on a fixed grid (41 nodes, 0.25 apart, to ±5). The grid's error is largest when the path
 * dominates the noise and the integrand becomes a step in z: up to about 0.03. Reading the steps as independent given the path is what the per-step
 * maximum missed: a mean that runs 1.5 noise standard deviations under the limit for an hour of
 * 5-minute points is nearly certain to cross once, though no single step is likely to.
 */
final class CrossingProbability {
    /** Grid over the shared path error z, in standard deviations. */
    private static final double Z_MAX = 5;
    private static final int NODES = 41;
    private static final double[] Z = new double[NODES];
    private static final double[] WEIGHT = new double[NODES];
    /** Beyond 8.5 standard deviations a tail is under 1e-17: 0 or 1 without computing it. */
    private static final double TAIL_CUT = 8.5;

    static {
        double dz = 2 * Z_MAX / (NODES - 1);
        double total = 0;
        for (int j = 0; j < NODES; j++) {
            Z[j] = -Z_MAX + j * dz;
            WEIGHT[j] = Math.exp(-Z[j] * Z[j] / 2);
            total += WEIGHT[j];
        }
        for (int j = 0; j < NODES; j++) {
            WEIGHT[j] /= total;
        }
    }

    private CrossingProbability() {
    }

    /**
     * @param distance per step, how far the forecast mean stays on the safe side of the limit
     *     (negative: beyond it)
     * @param sd per step, the spread of the interval half that faces the limit
     * @return per step, the probability of at least one crossing up to and including it
     */
    static double[] cumulative(double[] distance, double[] sd) {
        int h = distance.length;
        double noise = sd[0];
        double[] path = new double[h];
        boolean shared = false;
        for (int t = 0; t < h; t++) {
            path[t] = Math.sqrt(Math.max(0, sd[t] * sd[t] - noise * noise));
            shared |= path[t] > 0;
        }
        int nodes = shared ? NODES : 1;
        double[] survive = new double[nodes];
        Arrays.fill(survive, 1);
        double[] out = new double[h];
        for (int t = 0; t < h; t++) {
            double noiseT = Math.min(noise, sd[t]);
            double crossed = 0;
            for (int j = 0; j < nodes; j++) {
                double z = shared ? Z[j] : 0;
                double w = shared ? WEIGHT[j] : 1;
                if (survive[j] > 1e-15) {
                    survive[j] *= 1 - exceed(distance[t] - z * path[t], noiseT);
                } else {
                    survive[j] = 0;
                }
                crossed += w * (1 - survive[j]);
            }
            out[t] = Math.min(1, Math.max(0, crossed));
        }
        return out;
    }

    /** P(noise &gt; gap) for a centred Gaussian noise of the given spread; a point mass without spread. */
    static double exceed(double gap, double sd) {
        if (!(sd > 0)) {
            return gap < 0 ? 1 : 0;
        }
        double x = gap / sd;
        return x > TAIL_CUT ? 0 : x < -TAIL_CUT ? 1 : upperTail(x);
    }

    /**
     * 1 − Φ(x), from the complementary error function (Numerical Recipes' Chebyshev fit,
     * relative error under 1.2e-7): the integral above calls it 41 times per forecast step.
     */
    static double upperTail(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * z);
        double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? erfc / 2 : 1 - erfc / 2;
    }
}

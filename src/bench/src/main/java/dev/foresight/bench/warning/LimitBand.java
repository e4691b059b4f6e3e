package dev.foresight.bench.warning;

import java.util.Arrays;

/**
 * The limits a series must stay within, set the way an operator would set an SLO from a quiet
 * period: the range seen there widened by {@code k} robust standard deviations (1.4826 MAD) on
 * each side. Nothing here looks at labels; the same rule and {@code k} serve every series.
 */
public record LimitBand(double floor, double ceiling) {
    /** MAD to standard deviation for Gaussian data. */
    static final double MAD_TO_SIGMA = 1.4826;

    /** The band from the observed (finite) values of a reference period. */
    public static LimitBand fromReference(double[] reference, double k) {
        double[] x = Arrays.stream(reference).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) {
            throw new IllegalArgumentException("the reference period has no observed value");
        }
        if (!(k >= 0)) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        double median = median(x);
        double[] deviations = Arrays.stream(x).map(v -> Math.abs(v - median)).sorted().toArray();
        double sigma = MAD_TO_SIGMA * median(deviations);
        return new LimitBand(x[0] - k * sigma, x[x.length - 1] + k * sigma);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

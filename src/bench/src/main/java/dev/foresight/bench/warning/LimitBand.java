package dev.foresight.bench.warning;

import java.util.Arrays;

/**
 * The limits a series must stay within, set the way an operator would set an SLO from a quiet
 * period: the range seen there widened by {@code k} robust standard deviations (1.4826 MAD) on
 * each side. Nothing here looks at labels; the same rule and {@code k} serve every series.
 * <p>
 * A limit the metric cannot physically cross is no limit: a metric never negative in its
 * reference period (a count, a latency, a utilisation) is taken as non-negative, so a floor at or
 * below zero is dropped ({@code NaN}) rather than turned into "will fall below -3" warnings that a
 * wide forecast interval would otherwise produce.
 *
 * @param floor the lower limit, {@code NaN} when there is none
 */
public record LimitBand(double floor, double ceiling) {

    public boolean hasFloor() {
        return Double.isFinite(floor);
    }

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
        double floor = x[0] - k * sigma;
        boolean nonNegative = x[0] >= 0;
        return new LimitBand(nonNegative && floor <= 0 ? Double.NaN : floor, x[x.length - 1] + k * sigma);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

package dev.foresight.predict.anomaly;

/**
 * Gaussian upper-tail surprise: {@code -log10 P(Z > z)}, finite for every z.
 *
 * <p>Uses the Chebyshev fit of erfc from Numerical Recipes (fractional error below 1.2e-7, so
 * the surprise is off by less than 1e-7) evaluated in log space: it needs no allocation (the
 * library erfc builds a continued-fraction object per call, on the per-point path) and does
 * not underflow, however large z is.
 */
final class OnlineTail {
    private static final double LN10 = Math.log(10.0);
    private static final double LN_HALF = Math.log(0.5);
    private static final double SQRT2 = Math.sqrt(2.0);

    private OnlineTail() {
    }

    static double surprise(double z) {
        if (!(z > -8.0)) {
            return 0.0;
        }
        double x = Math.abs(z) / SQRT2;
        double t = 1.0 / (1.0 + 0.5 * x);
        // ln(erfc(x)) = ln(t) + exponent, for x >= 0.
        double exponent = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        if (z >= 0) {
            return -(LN_HALF + Math.log(t) + exponent) / LN10;
        }
        double tail = 1.0 - 0.5 * t * Math.exp(exponent);
        return -Math.log10(tail);
    }
}

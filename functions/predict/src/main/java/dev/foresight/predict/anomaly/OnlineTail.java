package dev.foresight.predict.anomaly;

import org.apache.commons.math3.special.Erf;

/** Gaussian upper-tail surprise: {@code -log10 P(Z > z)}, finite for every z. */
final class OnlineTail {
    private static final double LN10 = Math.log(10.0);
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

    private OnlineTail() {
    }

    static double surprise(double z) {
        if (!(z > -8.0)) {
            return 0.0;
        }
        if (z < 8.0) {
            double tail = 0.5 * Erf.erfc(z / SQRT2);
            return -Math.log10(Math.max(tail, 1e-300));
        }
        // Mills-ratio asymptote: erfc underflows long before the surprise stops growing.
        return (z * z / 2.0 + Math.log(z * SQRT_2PI)) / LN10;
    }
}

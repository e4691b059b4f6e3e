package dev.foresight.predict.anomaly;

/**
 * Predicts each value two ways — the previous value, and the same time of day in a learned
 * daily profile — and reports the prediction error of the better one, scaled by that
 * predictor's own typical error. A point is only surprising when neither predictor expected it.
 */
final class OnlineSeasonalModel {
    private static final long DAY_MILLIS = 86_400_000L;
    private static final int STEP_SAMPLES = 24;
    private static final int MAX_BINS = 1440;

    private final double errorAlpha;
    private final double profileAlpha;
    private final double floorFraction;

    private long lastMillis = Long.MIN_VALUE;
    private long stepMillis = Long.MAX_VALUE;
    private int stepSamples;
    private double[] profile;
    private boolean[] seen;
    private long binMillis;

    private double last = Double.NaN;
    private double maeLast;
    private double maeSeasonal;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private double deviation;
    private boolean seasonalWon;

    OnlineSeasonalModel(double errorAlpha, double profileAlpha, double floorFraction) {
        this.errorAlpha = errorAlpha;
        this.profileAlpha = profileAlpha;
        this.floorFraction = floorFraction;
    }

    /** Returns the scaled error of the better predictor (0 while nothing is known yet). */
    double update(long epochMillis, double value) {
        learnStep(epochMillis);
        double floor = floorFraction * (max - min) + 1e-12;
        double best = Double.POSITIVE_INFINITY;
        deviation = 0.0;
        seasonalWon = false;
        if (!Double.isNaN(last)) {
            double err = value - last;
            double scaled = Math.abs(err) / Math.max(maeLast, floor);
            if (count > 2) {
                best = scaled;
                deviation = err / Math.max(1.25 * maeLast, floor);
            }
            maeLast = count <= 2 ? Math.abs(err) : maeLast + errorAlpha * (Math.abs(err) - maeLast);
        }
        int bin = bin(epochMillis);
        if (bin >= 0) {
            if (seen[bin]) {
                double err = value - profile[bin];
                double scaled = Math.abs(err) / Math.max(maeSeasonal, floor);
                if (maeSeasonal > 0 && scaled < best) {
                    best = scaled;
                    deviation = err / Math.max(1.25 * maeSeasonal, floor);
                    seasonalWon = true;
                }
                maeSeasonal = maeSeasonal == 0 ? Math.abs(err) : maeSeasonal + errorAlpha * (Math.abs(err) - maeSeasonal);
                profile[bin] += profileAlpha * (value - profile[bin]);
            } else {
                seen[bin] = true;
                profile[bin] = value;
            }
        }
        last = value;
        count++;
        min = Math.min(min, value);
        max = Math.max(max, value);
        return Double.isInfinite(best) ? 0.0 : best;
    }

    /** The sampling step is the smallest gap among the first few rows; the day is cut into bins of it. */
    private void learnStep(long epochMillis) {
        if (lastMillis != Long.MIN_VALUE && stepSamples < STEP_SAMPLES) {
            long gap = epochMillis - lastMillis;
            if (gap > 0) {
                stepMillis = Math.min(stepMillis, gap);
            }
            if (++stepSamples == STEP_SAMPLES && stepMillis < DAY_MILLIS) {
                int bins = (int) Math.min(MAX_BINS, Math.max(1, DAY_MILLIS / stepMillis));
                binMillis = DAY_MILLIS / bins;
                profile = new double[bins];
                seen = new boolean[bins];
            }
        }
        lastMillis = epochMillis;
    }

    private int bin(long epochMillis) {
        if (profile == null) {
            return -1;
        }
        long timeOfDay = Math.floorMod(epochMillis, DAY_MILLIS);
        return (int) Math.min(profile.length - 1, timeOfDay / binMillis);
    }

    /** Signed error of the winning predictor, in approximate standard deviations. */
    double deviation() {
        return deviation;
    }

    boolean seasonalWon() {
        return seasonalWon;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}

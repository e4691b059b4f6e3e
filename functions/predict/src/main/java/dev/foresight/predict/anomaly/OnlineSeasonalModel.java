package dev.foresight.predict.anomaly;

/**
 * Predicts each value three ways — the previous value, the same time of day in a learned daily
 * profile, and the previous value moved along the profile's shape — and reports each one's
 * error scaled by its own typical error, so each can be judged against its own history.
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
    private short[] visits;
    private long binMillis;

    private double last = Double.NaN;
    static final int LAST = 0;
    static final int SHAPE = 1;
    static final int PROFILE = 2;
    static final int PREDICTORS = 3;

    private final double[] mae = new double[PREDICTORS];
    private final double[] signed = new double[PREDICTORS];
    private int previousBin = -1;
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;


    OnlineSeasonalModel(double errorAlpha, double profileAlpha, double floorFraction) {
        this.errorAlpha = errorAlpha;
        this.profileAlpha = profileAlpha;
        this.floorFraction = floorFraction;
    }

    /** Learns from the value; afterwards {@link #scaledError(int)} holds each predictor's error. */
    void update(long epochMillis, double value) {
        learnStep(epochMillis);
        double floor = floorFraction * (max - min) + 1e-12;
        int bin = bin(epochMillis);
        boolean seasonal = bin >= 0 && visits[bin] > 0 && previousBin >= 0 && visits[previousBin] > 0;
        signed[LAST] = 0.0;
        signed[SHAPE] = 0.0;
        signed[PROFILE] = 0.0;
        if (!Double.isNaN(last)) {
            double errLast = value - last;
            double errShape = seasonal ? value - (last + profile[bin] - profile[previousBin]) : 0.0;
            double errProfile = seasonal ? value - profile[bin] : 0.0;
            if (count > 2) {
                signed[LAST] = errLast / Math.max(mae[LAST], floor);
                if (seasonal && mae[SHAPE] > 0) {
                    signed[SHAPE] = errShape / Math.max(mae[SHAPE], floor);
                    signed[PROFILE] = errProfile / Math.max(mae[PROFILE], floor);
                }
            }
            mae[LAST] = smooth(mae[LAST], errLast);
            if (seasonal) {
                mae[SHAPE] = smooth(mae[SHAPE], errShape);
                mae[PROFILE] = smooth(mae[PROFILE], errProfile);
            }
        }
        if (bin >= 0) {
            // A plain mean over the first visits, so one day's noise does not linger for weeks.
            visits[bin] = (short) Math.min(Short.MAX_VALUE, visits[bin] + 1);
            profile[bin] += Math.max(profileAlpha, 1.0 / visits[bin]) * (value - profile[bin]);
        }
        previousBin = bin;
        last = value;
        count++;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Absolute error of predictor {@code k} over its typical absolute error. */
    double scaledError(int k) {
        return Math.abs(signed[k]);
    }

    /** Signed error of predictor {@code k}, in approximate standard deviations. */
    double deviation(int k) {
        return signed[k] / 1.25;
    }

    private double smooth(double mae, double err) {
        return mae == 0 ? Math.abs(err) : mae + errorAlpha * (Math.abs(err) - mae);
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
                visits = new short[bins];
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

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}

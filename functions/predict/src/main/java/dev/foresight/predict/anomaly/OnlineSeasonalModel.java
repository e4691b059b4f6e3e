package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Predicts each value five ways — the previous value; the same phase of a learned daily and of a
 * learned weekly profile; and the previous value moved along each profile's shape — and reports
 * each one's error scaled by its own typical error, so each is judged against its own history.
 */
final class OnlineSeasonalModel {
    private static final long DAY_MILLIS = 86_400_000L;
    private static final long WEEK_MILLIS = 7 * DAY_MILLIS;
    private static final int STEP_SAMPLES = 24;
    private static final int MAX_DAY_BINS = 1440;
    private static final int MAX_WEEK_BINS = 2016;

    static final int LAST = 0;
    static final int SHAPE = 1;
    static final int PROFILE = 2;
    static final int WEEK_SHAPE = 3;
    static final int WEEK_PROFILE = 4;
    static final int PREDICTORS = 5;
    /** Predictions a predictor makes before it is judged, so its typical error has settled. */
    private static final int ACTIVE_ROWS = 50;

    private final double errorAlpha;
    private final double profileAlpha;
    private final double floorFraction;
    private final double weeklyMargin;

    private long lastMillis = Long.MIN_VALUE;
    private long stepMillis = Long.MAX_VALUE;
    private int stepSamples;
    private OnlineProfile day;
    private OnlineProfile week;

    private double last = Double.NaN;
    private final double[] mae = new double[PREDICTORS];
    private final double[] signed = new double[PREDICTORS];
    private final long[] tracked = new long[PREDICTORS];
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    OnlineSeasonalModel(double errorAlpha, double profileAlpha, double floorFraction, double weeklyMargin) {
        this.errorAlpha = errorAlpha;
        this.profileAlpha = profileAlpha;
        this.floorFraction = floorFraction;
        this.weeklyMargin = weeklyMargin;
    }

    /** Learns from the value; afterwards {@link #scaledError(int)} holds each predictor's error. */
    void update(long epochMillis, double value) {
        learnStep(epochMillis);
        double floor = floorFraction * (max - min) + 1e-12;
        Arrays.fill(signed, 0.0);
        if (!Double.isNaN(last)) {
            track(LAST, value - last, true, floor);
            if (day != null) {
                day.locate(epochMillis);
                boolean ready = day.ready();
                track(SHAPE, ready ? value - (last + day.step()) : 0.0, ready, floor);
                track(PROFILE, ready ? value - day.expected() : 0.0, ready, floor);
            }
            if (week != null) {
                week.locate(epochMillis);
                boolean ready = week.ready();
                track(WEEK_SHAPE, ready ? value - (last + week.step()) : 0.0, ready, floor);
                track(WEEK_PROFILE, ready ? value - week.expected() : 0.0, ready, floor);
            }
        }
        if (day != null) {
            day.learn(value);
        }
        if (week != null) {
            week.learn(value);
        }
        last = value;
        count++;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    private void track(int k, double err, boolean ready, double floor) {
        if (!ready) {
            return;
        }
        if (count > 2 && (k == LAST || mae[k] > 0)) {
            signed[k] = err / Math.max(mae[k], floor);
        }
        tracked[k]++;
        mae[k] = mae[k] == 0 ? Math.abs(err) : mae[k] + errorAlpha * (Math.abs(err) - mae[k]);
    }

    /**
     * Whether predictor {@code k} has made predictions long enough for its typical error to mean
     * something; a profile only starts predicting once a whole period has been seen.
     */
    boolean active(int k) {
        return tracked[k] >= ACTIVE_ROWS;
    }

    /** Absolute error of predictor {@code k} over its typical absolute error. */
    double scaledError(int k) {
        return Math.abs(signed[k]);
    }

    /**
     * Whether predictor {@code k} is the better fit of its pair (daily or weekly version): only
     * the profile that explains the stream best is judged, so a weekly rhythm is not flagged by
     * the daily profile and noise in a young weekly profile does not add alarms.
     */
    boolean preferred(int k) {
        int sibling = switch (k) {
            case SHAPE -> WEEK_SHAPE;
            case WEEK_SHAPE -> SHAPE;
            case PROFILE -> WEEK_PROFILE;
            case WEEK_PROFILE -> PROFILE;
            default -> k;
        };
        if (!active(k)) {
            return false;
        }
        if (sibling == k || !active(sibling)) {
            return true;
        }
        return k >= WEEK_SHAPE ? mae[k] <= weeklyMargin * mae[sibling] : weeklyMargin * mae[k] <= mae[sibling];
    }

    /** Signed error of predictor {@code k}, in approximate standard deviations. */
    double deviation(int k) {
        return signed[k] / 1.25;
    }

    /** The sampling step is the smallest gap among the first few rows; profiles are cut into bins of it. */
    private void learnStep(long epochMillis) {
        if (lastMillis != Long.MIN_VALUE && stepSamples < STEP_SAMPLES) {
            long gap = epochMillis - lastMillis;
            if (gap > 0) {
                stepMillis = Math.min(stepMillis, gap);
            }
            if (++stepSamples == STEP_SAMPLES && stepMillis < DAY_MILLIS) {
                day = new OnlineProfile(DAY_MILLIS, stepMillis, MAX_DAY_BINS, profileAlpha);
                if (weeklyMargin > 0) {
                    week = new OnlineProfile(WEEK_MILLIS, stepMillis, MAX_WEEK_BINS, profileAlpha);
                }
            }
        }
        lastMillis = epochMillis;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(lastMillis);
        out.writeLong(stepMillis);
        out.writeInt(stepSamples);
        out.writeBoolean(day != null);
        if (day != null) {
            day.write(out);
        }
        out.writeBoolean(week != null);
        if (week != null) {
            week.write(out);
        }
        out.writeDouble(last);
        for (int k = 0; k < PREDICTORS; k++) {
            out.writeDouble(mae[k]);
            out.writeDouble(signed[k]);
            out.writeLong(tracked[k]);
        }
        out.writeLong(count);
        out.writeDouble(min);
        out.writeDouble(max);
    }

    void read(DataInput in) throws IOException {
        lastMillis = in.readLong();
        stepMillis = in.readLong();
        stepSamples = in.readInt();
        // The profiles are sized by the learned step, so they are rebuilt from it, then filled.
        day = null;
        week = null;
        if (in.readBoolean()) {
            day = new OnlineProfile(DAY_MILLIS, stepMillis, MAX_DAY_BINS, profileAlpha);
            day.read(in);
        }
        if (in.readBoolean()) {
            if (!(weeklyMargin > 0)) {
                throw new IOException("state has a weekly profile, the configuration none");
            }
            week = new OnlineProfile(WEEK_MILLIS, stepMillis, MAX_WEEK_BINS, profileAlpha);
            week.read(in);
        }
        last = in.readDouble();
        for (int k = 0; k < PREDICTORS; k++) {
            mae[k] = in.readDouble();
            signed[k] = in.readDouble();
            tracked[k] = in.readLong();
        }
        count = in.readLong();
        min = in.readDouble();
        max = in.readDouble();
    }
}

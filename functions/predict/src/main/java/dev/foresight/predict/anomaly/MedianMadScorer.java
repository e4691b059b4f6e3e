package dev.foresight.predict.anomaly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Robust z-score of the latest points against the rest of the history: distance from the median
 * in units of the median absolute deviation (MAD), which a few earlier outliers cannot inflate
 * the way they inflate a standard deviation.
 * <p>
 * The score maps the Iglewicz–Hoaglin modified z-score {@code M = 0.6745 |x - median| / MAD}
 * to [0, 1] by {@code 1 - 2^-(M/3.5)^3}: 0 at the median, exactly 0.5 at their outlier cut-off
 * {@code M = 3.5}, and close to 1 beyond {@code M = 7}.
 */
public final class MedianMadScorer implements AnomalyScorer {
    static final double CONSISTENCY = 0.6745;
    static final double OUTLIER_CUTOFF = 3.5;

    private final int recentPoints;
    private final int minBaseline;
    private final double minScale;

    /**
     * @param recentPoints how many of the latest observations are judged (the worst one counts)
     * @param minBaseline  observations needed before them to judge at all
     * @param minScale     smallest MAD used, so a perfectly flat history does not turn noise into alarms
     */
    public MedianMadScorer(int recentPoints, int minBaseline, double minScale) {
        if (recentPoints < 1 || minBaseline < 2 || !(minScale > 0)) {
            throw new IllegalArgumentException("need recentPoints >= 1, minBaseline >= 2, minScale > 0");
        }
        this.recentPoints = recentPoints;
        this.minBaseline = minBaseline;
        this.minScale = minScale;
    }

    @Override
    public AnomalyScore score(double[] history) {
        double[] observed = Arrays.stream(history).filter(Double::isFinite).toArray();
        if (observed.length < minBaseline + recentPoints) {
            return new AnomalyScore(0.0, "not enough history to judge (" + observed.length + " points)");
        }
        int baselineSize = observed.length - recentPoints;
        Median median = new Median();
        double center = median.evaluate(observed, 0, baselineSize);
        double[] deviations = new double[baselineSize];
        for (int i = 0; i < baselineSize; i++) {
            deviations[i] = Math.abs(observed[i] - center);
        }
        double mad = Math.max(median.evaluate(deviations), minScale);

        double worst = observed[observed.length - 1];
        for (int i = baselineSize; i < observed.length; i++) {
            if (Math.abs(observed[i] - center) > Math.abs(worst - center)) {
                worst = observed[i];
            }
        }
        double mads = Math.abs(worst - center) / mad;
        double modifiedZ = CONSISTENCY * mads;
        double score = 1 - Math.pow(2, -Math.pow(modifiedZ / OUTLIER_CUTOFF, 3));
        String direction = worst >= center ? "above" : "below";
        String reason = String.format(Locale.ROOT, "%.1f MADs %s its median (%s vs %s)",
                mads, direction, number(worst), number(center));
        return new AnomalyScore(score, reason);
    }

    private static String number(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

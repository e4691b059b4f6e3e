package dev.foresight.predict.failure;

import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.series.Metric;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Reads a forecast as a distribution per step and asks when the metric crosses its limit:
 * <ul>
 *   <li>P(X_t &gt; limit) per step is Gaussian around the point forecast, with the spread of the
 *       interval half that faces the limit: (hi95 - mean) / 1.96 for an upper limit (the 80 %
 *       interval when the 95 % one is unusable). Symmetric intervals give the plain Gaussian;
 *       skewed ones (log-scale models) get the tail they actually forecast.</li>
 *   <li>confidence = the chance of at least one crossing inside the horizon
 *       ({@link CrossingProbability}): the one-step spread is observation noise, new at every
 *       step; what the spread grows by is an error of level or trend that all steps share. It is
 *       never below the largest single-step probability.</li>
 *   <li>a failure is predicted when that confidence reaches {@code warnAt}; its time to failure
 *       is the first step by which a crossing is more likely than not, times the step length;</li>
 *   <li>a latest value already over the limit is a failure now (time 0), with confidence that
 *       it is genuinely over given the one-step noise, or that it stays over, whichever is larger.</li>
 * </ul>
 * {@link #predictBelow} asks the same of a floor the metric must stay above.
 */
public final class FailurePredictor {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);
    private static final double Z80 = NORMAL.inverseCumulativeProbability(0.90);
    /**
     * The crossing probability from which a failure is predicted, by default: chosen on seeded slow
     * failures of seed 2 only (the most warned before the breach at no false episode), reported on
     * seeds 1 and 3 and on NAB; see BENCHMARKS.md, "Early warning".
     */
    public static final double DEFAULT_WARN_AT = 0.7;

    private final double warnAt;

    /** Predicts a failure once a crossing inside the horizon has a probability of 0.7. */
    public FailurePredictor() {
        this(DEFAULT_WARN_AT);
    }

    /** Predicts a failure once the chance of a crossing inside the horizon reaches {@code warnAt} (0.5–1). */
    public FailurePredictor(double warnAt) {
        if (!(warnAt >= 0.5 && warnAt <= 1)) {
            throw new IllegalArgumentException("warnAt must be in [0.5, 1], got " + warnAt);
        }
        this.warnAt = warnAt;
    }

    /** Crossing above {@code limit} (latency SLO, error rate, saturation). */
    public Optional<FailurePrediction> predict(Metric metric, Forecast forecast, double limit, double latest,
                                               double stepSeconds) {
        if (!(limit > 0)) {
            throw new IllegalArgumentException("need limit > 0, got " + limit);
        }
        return crossing(metric, forecast, limit, latest, stepSeconds, true);
    }

    /** Falling below {@code floor} (throughput, free capacity, a temperature that must be held). */
    public Optional<FailurePrediction> predictBelow(Metric metric, Forecast forecast, double floor, double latest,
                                                    double stepSeconds) {
        if (!Double.isFinite(floor)) {
            throw new IllegalArgumentException("need a finite floor, got " + floor);
        }
        return crossing(metric, forecast, floor, latest, stepSeconds, false);
    }

    private Optional<FailurePrediction> crossing(Metric metric, Forecast forecast, double limit, double latest,
                                                 double stepSeconds, boolean above) {
        if (!(stepSeconds > 0) || forecast.horizon() == 0) {
            throw new IllegalArgumentException("need stepSeconds > 0 and a non-empty forecast");
        }
        int h = forecast.horizon();
        double[] distance = new double[h];
        double[] sd = new double[h];
        for (int i = 0; i < h; i++) {
            distance[i] = above ? limit - forecast.mean()[i] : forecast.mean()[i] - limit;
            sd[i] = facingSd(forecast, i, above);
        }
        // how likely: at least one crossing inside the horizon; when: the first step by which a
        // crossing is more likely than not (the median time to the first crossing)
        double[] byStep = CrossingProbability.cumulative(distance, sd);
        double[] own = new double[h]; // each step's own P(beyond the limit), as probability() reads it
        double largest = 0;
        for (int i = 0; i < h; i++) {
            own[i] = CrossingProbability.exceed(distance[i], sd[i]);
            largest = Math.max(largest, own[i]);
        }
        double confidence = Math.max(largest, byStep[h - 1]);
        int crossing = -1;
        for (int i = 0; i < h && crossing < 0 && confidence >= warnAt; i++) {
            if (byStep[i] > 0.5 || own[i] > 0.5) {
                crossing = i;
            }
        }
        String side = above ? "above" : "below";
        if (above ? latest > limit : latest < limit) {
            double observedOver = NORMAL.cumulativeProbability(Math.abs(latest - limit) / sdOrTiny(forecast));
            double p = Math.max(confidence, observedOver);
            String reasoning = String.format(Locale.ROOT, "%s is %s, already %s %s %s; P=%.2f",
                    metric.key(), metric.format(latest), side, metric.limitLabel(), metric.format(limit), p);
            return Optional.of(new FailurePrediction(metric, limit, latest, 0, 0, p, latest,
                    forecast.lo95()[0], forecast.hi95()[0], reasoning));
        }
        if (crossing < 0) {
            return Optional.empty();
        }
        double ttf = (crossing + 1) * stepSeconds;
        double predicted = forecast.mean()[crossing];
        // the forecast mean need not be over by then: its noise may carry the metric over first
        boolean meanOver = above ? predicted > limit : predicted < limit;
        String reasoning = String.format(Locale.ROOT, meanOver ? "%s forecast %s %s %s %s in %.0f s; P=%.2f"
                        : "%s forecast %s (%s %s %s with its noise) in %.0f s; P=%.2f",
                metric.key(), metric.format(predicted), above ? ">" : "<", metric.limitLabel(), metric.format(limit),
                ttf, confidence);
        return Optional.of(new FailurePrediction(metric, limit, latest, crossing + 1, ttf, confidence, predicted,
                forecast.lo95()[crossing], forecast.hi95()[crossing], reasoning));
    }

    /** The spread of the interval half that faces the limit at step i. */
    static double facingSd(Forecast f, int i, boolean above) {
        double mean = f.mean()[i];
        return above ? halfWidth(f.hi95()[i] - mean, f.hi80()[i] - mean)
                : halfWidth(mean - f.lo95()[i], mean - f.lo80()[i]);
    }

    /** P(X_i beyond limit) on the given side, Gaussian with the spread of that side's interval half. */
    static double probability(Forecast f, int i, double limit, boolean above) {
        double mean = f.mean()[i];
        double sd = facingSd(f, i, above);
        if (above) {
            return exceedance(mean, sd, limit);
        }
        return sd > 0 ? NORMAL.cumulativeProbability((limit - mean) / sd) : (mean < limit ? 1 : 0);
    }

    /** P(X &gt; limit) for X ~ N(mean, sd); a point mass when the interval has no width. */
    static double exceedance(double mean, double sd, double limit) {
        if (!(sd > 0)) {
            return mean > limit ? 1 : 0;
        }
        return 1 - NORMAL.cumulativeProbability((limit - mean) / sd);
    }

    /** The standard deviation of one interval half: from the 95 % bound, else the 80 % one. */
    private static double halfWidth(double half95, double half80) {
        double sd95 = half95 / Z95;
        if (Double.isFinite(sd95) && sd95 >= 0) {
            return sd95;
        }
        double sd80 = half80 / Z80;
        return Double.isFinite(sd80) && sd80 >= 0 ? sd80 : 0;
    }

    /** The one-step spread (whole 95 % interval), kept away from zero so a value on the limit reads as 0.5. */
    private static double sdOrTiny(Forecast forecast) {
        double sd = sd(forecast, 0);
        return sd > 0 ? sd : Double.MIN_NORMAL;
    }

    /** The standard deviation the intervals imply: from the 95 % one, else the 80 % one. */
    static double sd(Forecast forecast, int i) {
        return halfWidth((forecast.hi95()[i] - forecast.lo95()[i]) / 2, (forecast.hi80()[i] - forecast.lo80()[i]) / 2);
    }
}

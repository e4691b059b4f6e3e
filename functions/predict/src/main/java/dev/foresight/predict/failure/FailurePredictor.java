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
 *   <li>confidence = max over steps of P(X_t &gt; limit), the chance of crossing inside the
 *       horizon. It is a lower bound of the joint probability and the tight one when forecast
 *       errors are strongly correlated across steps, as they are for level and trend errors; the
 *       intervals say nothing about that correlation, so no larger figure is claimed.</li>
 *   <li>time to failure = the first step where P(X_t &gt; limit) &gt; 0.5, times the step length;</li>
 *   <li>a latest value already over the limit is a failure now (time 0), with confidence that
 *       it is genuinely over given the one-step noise, or that it stays over, whichever is larger.</li>
 * </ul>
 * {@link #predictBelow} asks the same of a floor the metric must stay above.
 */
public final class FailurePredictor {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);
    private static final double Z80 = NORMAL.inverseCumulativeProbability(0.90);

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
        double confidence = 0;
        int crossing = -1;
        for (int i = 0; i < forecast.horizon(); i++) {
            double p = probability(forecast, i, limit, above);
            confidence = Math.max(confidence, p);
            if (crossing < 0 && p > 0.5) {
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
        String reasoning = String.format(Locale.ROOT, "%s forecast %s %s %s %s in %.0f s; P=%.2f",
                metric.key(), metric.format(predicted), above ? ">" : "<", metric.limitLabel(), metric.format(limit),
                ttf, confidence);
        return Optional.of(new FailurePrediction(metric, limit, latest, crossing + 1, ttf, confidence, predicted,
                forecast.lo95()[crossing], forecast.hi95()[crossing], reasoning));
    }

    /** P(X_i beyond limit) on the given side, Gaussian with the spread of that side's interval half. */
    static double probability(Forecast f, int i, double limit, boolean above) {
        double mean = f.mean()[i];
        double sd = above ? halfWidth(f.hi95()[i] - mean, f.hi80()[i] - mean)
                : halfWidth(mean - f.lo95()[i], mean - f.lo80()[i]);
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

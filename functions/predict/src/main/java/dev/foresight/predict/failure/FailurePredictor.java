package dev.foresight.predict.failure;

import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.series.Metric;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Reads a forecast as a Gaussian per step (mean, and a standard deviation recovered from the 95 %
 * interval) and asks when the metric crosses its limit:
 * <ul>
 *   <li>confidence = max over steps of P(X_t &gt; limit), the chance of crossing inside the horizon
 *       (a lower bound on the joint probability, and the one the intervals support);</li>
 *   <li>time to failure = the first step where P(X_t &gt; limit) &gt; 0.5, times the step length;</li>
 *   <li>a latest value already over the limit is a failure now (time 0), with confidence that
 *       it is genuinely over given the one-step noise, or that it stays over, whichever is larger.</li>
 * </ul>
 */
public final class FailurePredictor {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);
    private static final double Z80 = NORMAL.inverseCumulativeProbability(0.90);

    public Optional<FailurePrediction> predict(Metric metric, Forecast forecast, double limit, double latest,
                                               double stepSeconds) {
        if (!(limit > 0) || !(stepSeconds > 0) || forecast.horizon() == 0) {
            throw new IllegalArgumentException("need limit > 0, stepSeconds > 0 and a non-empty forecast");
        }
        double confidence = 0;
        int crossing = -1;
        for (int i = 0; i < forecast.horizon(); i++) {
            double p = exceedance(forecast.mean()[i], sd(forecast, i), limit);
            confidence = Math.max(confidence, p);
            if (crossing < 0 && p > 0.5) {
                crossing = i;
            }
        }
        if (latest > limit) {
            double observedOver = 1 - exceedance(limit, sd(forecast, 0), latest);
            double p = Math.max(confidence, observedOver);
            String reasoning = String.format(Locale.ROOT, "%s is %s, already above %s %s; P=%.2f",
                    metric.key(), metric.format(latest), metric.limitLabel(), metric.format(limit), p);
            return Optional.of(new FailurePrediction(metric, limit, latest, 0, 0, p, latest,
                    forecast.lo95()[0], forecast.hi95()[0], reasoning));
        }
        if (crossing < 0) {
            return Optional.empty();
        }
        double ttf = (crossing + 1) * stepSeconds;
        double predicted = forecast.mean()[crossing];
        String reasoning = String.format(Locale.ROOT, "%s forecast %s > %s %s in %.0f s; P=%.2f",
                metric.key(), metric.format(predicted), metric.limitLabel(), metric.format(limit), ttf, confidence);
        return Optional.of(new FailurePrediction(metric, limit, latest, crossing + 1, ttf, confidence, predicted,
                forecast.lo95()[crossing], forecast.hi95()[crossing], reasoning));
    }

    /** P(X &gt; limit) for X ~ N(mean, sd); a point mass when the interval has no width. */
    static double exceedance(double mean, double sd, double limit) {
        if (!(sd > 0)) {
            return mean > limit ? 1 : 0;
        }
        return 1 - NORMAL.cumulativeProbability((limit - mean) / sd);
    }

    /** The standard deviation the intervals imply: from the 95 % one, else the 80 % one. */
    static double sd(Forecast forecast, int i) {
        double sd95 = (forecast.hi95()[i] - forecast.lo95()[i]) / (2 * Z95);
        if (Double.isFinite(sd95) && sd95 >= 0) {
            return sd95;
        }
        double sd80 = (forecast.hi80()[i] - forecast.lo80()[i]) / (2 * Z80);
        return Double.isFinite(sd80) && sd80 >= 0 ? sd80 : 0;
    }
}

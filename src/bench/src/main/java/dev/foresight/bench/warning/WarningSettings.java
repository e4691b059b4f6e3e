package dev.foresight.bench.warning;

/**
 * How the replay runs; one setting for every series.
 *
 * @param every evaluate at every {@code every}-th grid slot (1 = each new point)
 * @param window most recent points the forecaster sees (bounded memory, as in the service)
 * @param horizonSeconds how far ahead each forecast looks; also the lead-up before a window in
 *     which a warning counts as early rather than false
 * @param maxHorizonSteps cap on forecast steps, which bounds the cost on fine-grained series
 * @param k width of the limit band in robust standard deviations beyond the reference range
 * @param floors also warn on falling below the band (temperatures and latencies fail both ways)
 * @param sustain consecutive evaluations that must all predict a crossing before a warning is
 *     raised (1 = the first one); filters single noisy forecasts and points at the cost of
 *     {@code (sustain - 1) * every} slots of delay
 */
public record WarningSettings(int every, int window, double horizonSeconds, int maxHorizonSteps, double k,
                              boolean floors, int sustain) {

    public static WarningSettings defaults() {
        return new WarningSettings(1, 2_000, 12 * 3_600, 288, 2.0, true, 1);
    }

    /** Settings that warn on the first predicting evaluation. */
    public WarningSettings(int every, int window, double horizonSeconds, int maxHorizonSteps, double k, boolean floors) {
        this(every, window, horizonSeconds, maxHorizonSteps, k, floors, 1);
    }

    public WarningSettings {
        if (every < 1 || window < 8 || !(horizonSeconds > 0) || maxHorizonSteps < 1 || !(k >= 0) || sustain < 1) {
            throw new IllegalArgumentException(
                    "need every >= 1, window >= 8, horizon > 0, max steps >= 1, k >= 0, sustain >= 1");
        }
    }

    /** Forecast steps at the series' resolution: the horizon in whole steps, at least 1, capped. */
    public int horizonSteps(double stepSeconds) {
        return (int) Math.max(1, Math.min(maxHorizonSteps, Math.round(horizonSeconds / stepSeconds)));
    }
}

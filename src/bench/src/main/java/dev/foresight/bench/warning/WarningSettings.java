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
 */
public record WarningSettings(int every, int window, double horizonSeconds, int maxHorizonSteps, double k,
                              boolean floors) {

    public static WarningSettings defaults() {
        return new WarningSettings(1, 2_000, 12 * 3_600, 288, 2.0, true);
    }

    public WarningSettings {
        if (every < 1 || window < 8 || !(horizonSeconds > 0) || maxHorizonSteps < 1 || !(k >= 0)) {
            throw new IllegalArgumentException("need every >= 1, window >= 8, horizon > 0, max steps >= 1, k >= 0");
        }
    }

    /** Forecast steps at the series' resolution: the horizon in whole steps, at least 1, capped. */
    public int horizonSteps(double stepSeconds) {
        return (int) Math.max(1, Math.min(maxHorizonSteps, Math.round(horizonSeconds / stepSeconds)));
    }
}

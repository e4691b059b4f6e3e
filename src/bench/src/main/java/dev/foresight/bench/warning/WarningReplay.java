package dev.foresight.bench.warning;

import dev.foresight.predict.failure.FailurePrediction;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.predict.series.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Replays a series online, as the predict service would see it: at each evaluated slot after the
 * reference period it forecasts from the bounded history up to that slot only (the forecaster the
 * history allows, chosen as the service chooses it) and asks the failure predictor whether the
 * metric leaves the limit band within the horizon.
 */
public final class WarningReplay {
    private final WarningSettings settings;
    private final ForecasterSelector forecasters;
    private final FailurePredictor predictor;

    /** The replay with the service's failure predictor. */
    public WarningReplay(WarningSettings settings, ForecasterSelector forecasters) {
        this(settings, forecasters, new FailurePredictor());
    }

    public WarningReplay(WarningSettings settings, ForecasterSelector forecasters, FailurePredictor predictor) {
        this.settings = settings;
        this.forecasters = forecasters;
        this.predictor = predictor;
    }

    /**
     * One entry per evaluated slot (observed slots after the reference period), in slot order. An
     * entry is raised once the last {@code sustain} evaluations all predicted a crossing; it then
     * carries the latest prediction (so a forecast that turns into an observed crossing reads as
     * "already over" from then on).
     */
    public List<Warning> run(WarningSeries series, LimitBand band) {
        double[] y = series.values();
        int horizon = settings.horizonSteps(series.stepSeconds());
        List<Warning> out = new ArrayList<>();
        int streak = 0;
        for (int slot = series.referenceEnd(); slot < y.length; slot += settings.every()) {
            if (Double.isNaN(y[slot])) {
                continue; // nothing new arrived; a real scheduler would repeat the last verdict
            }
            double[] history = Arrays.copyOfRange(y, Math.max(0, slot + 1 - settings.window()), slot + 1);
            Forecast forecast = forecasters.forFailure(series.stepSeconds(), history.length).forecast(history, horizon);
            Warning w = evaluate(slot, forecast, y[slot], series.stepSeconds(), band);
            streak = w.raised() ? streak + 1 : 0;
            out.add(streak >= settings.sustain() ? w : Warning.quiet(slot));
        }
        return out;
    }

    /** The stronger of the two sides' predictions at one slot; the metric is a label only. */
    Warning evaluate(int slot, Forecast forecast, double latest, double stepSeconds, LimitBand band) {
        Optional<FailurePrediction> up = band.ceiling() > 0
                ? predictor.predict(Metric.LATENCY_MS, forecast, band.ceiling(), latest, stepSeconds)
                : Optional.empty();
        Optional<FailurePrediction> down = settings.floors() && band.hasFloor()
                ? predictor.predictBelow(Metric.LATENCY_MS, forecast, band.floor(), latest, stepSeconds)
                : Optional.empty();
        if (up.isEmpty() && down.isEmpty()) {
            return Warning.quiet(slot);
        }
        boolean above = down.isEmpty() || up.isPresent() && up.get().confidence() >= down.get().confidence();
        FailurePrediction p = above ? up.orElseThrow() : down.orElseThrow();
        return new Warning(slot, true, p.confidence(), p.timeToFailureSeconds(), above);
    }
}

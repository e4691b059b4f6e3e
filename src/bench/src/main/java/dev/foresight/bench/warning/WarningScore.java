package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Scores a replay against the windows. A window's lead-up is the forecast horizon before its
 * start: a warning there or inside the window is the window's; any other warning is false, and
 * false warnings are counted as episodes ({@link Episodes}). Windows that end inside the
 * reference period are not scored.
 * <p>
 * Each window is scored three ways: the first warning of any kind, the first forecast one (the
 * metric still inside its limits) and the first "already over" one, so prediction and detection
 * are reported apart. A false episode is "forecast only" when the metric never left its limits
 * during it: those are the false alarms the forecast itself causes.
 */
public record WarningScore(List<WindowOutcome> windows, List<WindowOutcome> forecastWindows,
                           List<WindowOutcome> overWindows, List<Episodes.Episode> falseEpisodes,
                           int falseForecastOnly, int evaluations, int warnings) {

    public static WarningScore of(WarningSeries series, List<Warning> evaluations, int leadSlots) {
        int[][] w = series.windows();
        List<Episodes.Episode> falseEpisodes = Episodes.of(evaluations, slot -> !nearWindow(w, slot, leadSlots));
        int forecastOnly = 0;
        for (Episodes.Episode e : falseEpisodes) {
            boolean over = evaluations.stream()
                    .anyMatch(x -> x.alreadyOver() && x.slot() >= e.firstSlot() && x.slot() <= e.lastSlot());
            forecastOnly += over ? 0 : 1;
        }
        int warnings = (int) evaluations.stream().filter(Warning::raised).count();
        return new WarningScore(outcomes(series, evaluations, leadSlots, Warning::raised),
                outcomes(series, evaluations, leadSlots, Warning::forecast),
                outcomes(series, evaluations, leadSlots, Warning::alreadyOver),
                falseEpisodes, forecastOnly, evaluations.size(), warnings);
    }

    private static List<WindowOutcome> outcomes(WarningSeries series, List<Warning> evaluations, int leadSlots,
                                                Predicate<Warning> kind) {
        int[][] w = series.windows();
        List<WindowOutcome> outcomes = new ArrayList<>();
        double minutesPerSlot = series.stepSeconds() / 60;
        for (int k = 0; k < w.length; k++) {
            if (w[k][1] < series.referenceEnd()) {
                continue; // over before the limits exist: NAB does not score it either
            }
            int from = w[k][0] - leadSlots;
            int to = w[k][1];
            Warning first = evaluations.stream()
                    .filter(e -> kind.test(e) && e.slot() >= from && e.slot() <= to)
                    .findFirst().orElse(null);
            if (first == null) {
                outcomes.add(new WindowOutcome(w[k][0], -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
                continue;
            }
            int label = series.labels()[k];
            outcomes.add(new WindowOutcome(w[k][0], first.slot(), (w[k][0] - first.slot()) * minutesPerSlot,
                    label < 0 ? Double.NaN : (label - first.slot()) * minutesPerSlot,
                    first.confidence(), first.ttfSeconds(), first.above()));
        }
        return List.copyOf(outcomes);
    }

    private static boolean nearWindow(int[][] windows, int slot, int leadSlots) {
        for (int[] w : windows) {
            if (slot >= w[0] - leadSlots && slot <= w[1]) {
                return true;
            }
        }
        return false;
    }
}

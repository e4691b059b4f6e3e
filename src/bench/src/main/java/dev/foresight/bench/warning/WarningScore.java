package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores a replay against the windows. Warnings are grouped into episodes ({@link Episodes}), as
 * an alert fires and resolves. A window's lead-up is the forecast horizon before its start: an
 * episode that <em>starts</em> there or inside the window is the window's; any other episode is
 * false, including one that began before the lead-up and merely runs into it (an alarm already
 * firing for another reason is not an early warning). Windows that end inside the reference
 * period are not scored.
 * <p>
 * Each window is scored three ways: the first warning of any kind, the first forecast one (the
 * metric still inside its limits) and the first "already over" one, so prediction and detection
 * are reported apart. A false episode is "forecast only" when the metric never left its limits
 * during it: those are the false alarms the forecast itself causes.
 */
public record WarningScore(List<WindowOutcome> windows, List<WindowOutcome> forecastWindows,
                           List<WindowOutcome> overWindows, List<Episodes.Episode> falseEpisodes,
                           int falseForecastOnly, int evaluations, int warnings, double days) {

    /** False episodes per day replayed (after the reference period). */
    public double falseEpisodesPerDay() {
        return days > 0 ? falseEpisodes.size() / days : Double.NaN;
    }

    public static WarningScore of(WarningSeries series, List<Warning> evaluations, int leadSlots) {
        int[][] w = series.windows();
        List<Episodes.Episode> episodes = Episodes.of(evaluations, slot -> true);
        List<Episodes.Episode> falseEpisodes = episodes.stream()
                .filter(e -> !nearWindow(w, e.firstSlot(), leadSlots)).toList();
        Map<Integer, Integer> episodeStart = new HashMap<>();
        int start = -1;
        for (Warning x : evaluations) {
            start = x.raised() ? (start < 0 ? x.slot() : start) : -1;
            if (start >= 0) {
                episodeStart.put(x.slot(), start);
            }
        }
        int forecastOnly = 0;
        for (Episodes.Episode e : falseEpisodes) {
            boolean over = evaluations.stream()
                    .anyMatch(x -> x.alreadyOver() && x.slot() >= e.firstSlot() && x.slot() <= e.lastSlot());
            forecastOnly += over ? 0 : 1;
        }
        int warnings = (int) evaluations.stream().filter(Warning::raised).count();
        double days = (series.values().length - series.referenceEnd()) * series.stepSeconds() / 86_400;
        return new WarningScore(outcomes(series, evaluations, leadSlots, Warning::raised, episodeStart),
                outcomes(series, evaluations, leadSlots, Warning::forecast, episodeStart),
                outcomes(series, evaluations, leadSlots, Warning::alreadyOver, episodeStart),
                falseEpisodes, forecastOnly, evaluations.size(), warnings, days);
    }

    private static List<WindowOutcome> outcomes(WarningSeries series, List<Warning> evaluations, int leadSlots,
                                                Predicate<Warning> kind, Map<Integer, Integer> episodeStart) {
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
                    .filter(e -> kind.test(e) && e.slot() >= from && e.slot() <= to
                            && episodeStart.getOrDefault(e.slot(), e.slot()) >= from)
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

package dev.foresight.bench.warning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Foresight beside the predict_linear baselines, one row per method, over the same series,
 * limits and scoring: windows warned by a forecast (and how many before their start), windows
 * detected as already over, and false episodes (in total and per day replayed).
 */
final class ComparisonTable {
    private ComparisonTable() {
    }

    static String render(Map<String, List<FileResult>> methods) {
        StringBuilder sb = new StringBuilder("| method | windows | forecast warned (before the start) | median min before start"
                + " | already over | false episodes (forecast only / reached limit) | false episodes per day |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<FileResult>> m : methods.entrySet()) {
            int windows = 0;
            int forecast = 0;
            int early = 0;
            int over = 0;
            int falseEpisodes = 0;
            int forecastOnly = 0;
            double days = 0;
            List<Double> leads = new java.util.ArrayList<>();
            for (FileResult r : m.getValue()) {
                WarningScore s = r.score();
                windows += s.windows().size();
                for (WindowOutcome f : s.forecastWindows()) {
                    if (f.warned()) {
                        forecast++;
                        early += f.minutesEarly() > 0 ? 1 : 0;
                        leads.add(f.minutesEarly());
                    }
                }
                over += (int) s.overWindows().stream().filter(WindowOutcome::warned).count();
                falseEpisodes += s.falseEpisodes().size();
                forecastOnly += s.falseForecastOnly();
                days += s.days();
            }
            double median = WarningTable.median(leads);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d (%d) | %s | %d | %d / %d | %.3f |%n", m.getKey(), windows,
                    forecast, early, Double.isNaN(median) ? "–" : String.format(Locale.ROOT, "%.0f", median), over,
                    forecastOnly, falseEpisodes - forecastOnly, days > 0 ? falseEpisodes / days : Double.NaN));
        }
        return sb.toString();
    }
}

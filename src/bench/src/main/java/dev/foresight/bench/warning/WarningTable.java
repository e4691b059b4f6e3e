package dev.foresight.bench.warning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown report: one row per labelled window, then the totals. Forecast warnings (the
 * metric still inside its limits) and "already over" warnings (detection) have separate columns:
 * only the first kind is a prediction.
 */
final class WarningTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private WarningTable() {
    }

    static String render(List<FileResult> results, WarningSettings settings) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Limits: reference-period range +/- %.1f robust sd (%s); horizon %.0f h"
                        + " (lead-up counted as early); evaluated every %d slot(s) on the last %d points;"
                        + " a warning needs %d consecutive predicting evaluation(s).%n%n",
                settings.k(), settings.floors() ? "ceiling and floor" : "ceiling only", settings.horizonSeconds() / 3600,
                settings.every(), settings.window(), settings.sustain()));
        sb.append("| file | floor / ceiling | failure forecaster | window start | first forecast warning"
                + " | min before start | min before label | confidence | ttf (min) | side"
                + " | first already-over | min before start | min before label"
                + " | false episodes (forecast only / reached limit, per day replayed) |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Totals forecast = new Totals();
        Totals over = new Totals();
        int windows = 0;
        int falseEpisodes = 0;
        int falseForecastOnly = 0;
        double days = 0;
        for (FileResult r : results) {
            WarningSeries s = r.series();
            WarningScore score = r.score();
            falseEpisodes += score.falseEpisodes().size();
            falseForecastOnly += score.falseForecastOnly();
            String episodes = score.falseForecastOnly() + " / " + (score.falseEpisodes().size() - score.falseForecastOnly())
                    + String.format(Locale.ROOT, " (%.3f/day)", score.falseEpisodesPerDay());
            days += score.days();
            String limits = r.band().hasFloor()
                    ? String.format(Locale.ROOT, "%.2f / %.2f", r.band().floor(), r.band().ceiling())
                    : String.format(Locale.ROOT, "none (≥ 0) / %.2f", r.band().ceiling());
            if (score.windows().isEmpty()) {
                sb.append("| ").append(s.name()).append(" | ").append(limits).append(" | ").append(r.forecaster())
                        .append(" | no scored window | – | – | – | – | – | – | – | – | – | ").append(episodes).append(" |\n");
            }
            for (int k = 0; k < score.windows().size(); k++) {
                windows++;
                WindowOutcome f = score.forecastWindows().get(k);
                WindowOutcome o = score.overWindows().get(k);
                forecast.add(f);
                over.add(o);
                boolean first = k == 0;
                sb.append("| ").append(first ? s.name() : "").append(" | ").append(first ? limits : "")
                        .append(" | ").append(first ? r.forecaster() : "")
                        .append(" | ").append(TIME.format(Instant.ofEpochMilli(s.millisAt(f.windowStart()))))
                        .append(" | ").append(f.warned() ? String.format(Locale.ROOT, "%s | %s | %s | %.2f | %.0f | %s",
                                when(s, f), minutes(f.minutesEarly()), minutes(f.minutesBeforeLabel()), f.confidence(),
                                f.ttfSeconds() / 60, f.above() ? "above" : "below") : "none | – | – | – | – | –")
                        .append(" | ").append(o.warned() ? when(s, o) + " | " + minutes(o.minutesEarly()) + " | "
                                + minutes(o.minutesBeforeLabel()) : "none | – | –")
                        .append(" | ").append(first ? episodes : "").append(" |\n");
            }
        }
        sb.append(String.format(Locale.ROOT, "| **total** | | | %d windows | %d forecast, %d before the start"
                        + " | median %s | median %s | | | | %d already over, %d before the start | median %s | median %s"
                        + " | **%d / %d** (%.3f/day) |%n", windows, forecast.warned, forecast.early, minutes(median(forecast.leads)),
                minutes(median(forecast.labelLeads)), over.warned, over.early, minutes(median(over.leads)),
                minutes(median(over.labelLeads)), falseForecastOnly, falseEpisodes - falseForecastOnly,
                days > 0 ? falseEpisodes / days : Double.NaN));
        for (FileResult r : results) {
            if (!r.score().falseEpisodes().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "%nFalse episodes, %s:", r.series().name()));
                for (Episodes.Episode e : r.score().falseEpisodes()) {
                    sb.append(' ').append(TIME.format(Instant.ofEpochMilli(r.series().millisAt(e.firstSlot()))))
                            .append(" → ").append(TIME.format(Instant.ofEpochMilli(r.series().millisAt(e.lastSlot()))))
                            .append(';');
                }
            }
        }
        return sb.append('\n').toString();
    }

    /** First-warning statistics of one kind over all windows. */
    private static final class Totals {
        int warned;
        int early;
        final List<Double> leads = new ArrayList<>();
        final List<Double> labelLeads = new ArrayList<>();

        void add(WindowOutcome w) {
            if (!w.warned()) {
                return;
            }
            warned++;
            early += w.minutesEarly() > 0 ? 1 : 0;
            leads.add(w.minutesEarly());
            if (!Double.isNaN(w.minutesBeforeLabel())) {
                labelLeads.add(w.minutesBeforeLabel());
            }
        }
    }

    private static String when(WarningSeries s, WindowOutcome w) {
        return TIME.format(Instant.ofEpochMilli(s.millisAt(w.warningSlot())));
    }

    private static String minutes(double m) {
        return Double.isNaN(m) ? "–" : String.format(Locale.ROOT, "%.0f", m);
    }

    static double median(List<Double> values) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = x.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }
}

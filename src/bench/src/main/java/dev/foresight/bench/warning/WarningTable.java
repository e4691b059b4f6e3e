package dev.foresight.bench.warning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown report: one row per labelled window, then the totals. */
final class WarningTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private WarningTable() {
    }

    static String render(List<FileResult> results, WarningSettings settings) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Limits: reference-period range +/- %.1f robust sd (%s); horizon %.0f h"
                        + " (lead-up counted as early); evaluated every %d slot(s) on the last %d points.%n%n",
                settings.k(), settings.floors() ? "ceiling and floor" : "ceiling only", settings.horizonSeconds() / 3600,
                settings.every(), settings.window()));
        sb.append("| file | floor / ceiling | forecaster | window start | first warning | minutes early"
                + " | minutes before label | confidence | ttf at warning (min; 0 = already over) | side | false episodes |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        int windows = 0;
        int warned = 0;
        int early = 0;
        int falseEpisodes = 0;
        List<Double> leads = new ArrayList<>();
        List<Double> labelLeads = new ArrayList<>();
        int forecastFirst = 0;
        for (FileResult r : results) {
            WarningSeries s = r.series();
            boolean firstRow = true;
            String episodes = String.valueOf(r.score().falseEpisodes().size());
            falseEpisodes += r.score().falseEpisodes().size();
            if (r.score().windows().isEmpty()) {
                sb.append(row(s.name(), r, "no scored window", "– | – | – | – | – | –", episodes));
            }
            for (WindowOutcome w : r.score().windows()) {
                windows++;
                String start = TIME.format(Instant.ofEpochMilli(s.millisAt(w.windowStart())));
                String cells;
                if (w.warned()) {
                    warned++;
                    early += w.minutesEarly() > 0 ? 1 : 0;
                    leads.add(w.minutesEarly());
                    forecastFirst += w.ttfSeconds() > 0 ? 1 : 0;
                    if (!Double.isNaN(w.minutesBeforeLabel())) {
                        labelLeads.add(w.minutesBeforeLabel());
                    }
                    cells = String.format(Locale.ROOT, "%s | %.0f | %s | %.2f | %.0f | %s",
                            TIME.format(Instant.ofEpochMilli(s.millisAt(w.warningSlot()))), w.minutesEarly(),
                            Double.isNaN(w.minutesBeforeLabel()) ? "–" : String.format(Locale.ROOT, "%.0f",
                                    w.minutesBeforeLabel()),
                            w.confidence(), w.ttfSeconds() / 60, w.above() ? "above" : "below");
                } else {
                    cells = "none | – | – | – | – | –";
                }
                sb.append(row(firstRow ? s.name() : "", firstRow ? r : null, start, cells, firstRow ? episodes : ""));
                firstRow = false;
            }
        }
        sb.append(String.format(Locale.ROOT, "| **total** | | | %d windows | %d warned, %d before the start"
                        + " | median %.0f | median %.0f | | %d of %d forecast ahead | | **%d** |%n", windows, warned, early,
                median(leads), median(labelLeads), forecastFirst, warned, falseEpisodes));
        return sb.toString();
    }

    static double median(List<Double> values) {
        double[] x = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = x.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }

    private static String row(String name, FileResult r, String start, String cells, String episodes) {
        String limits = r == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f", r.band().floor(), r.band().ceiling());
        String forecaster = r == null ? "" : r.forecaster();
        return "| " + name + " | " + limits + " | " + forecaster + " | " + start + " | " + cells + " | " + episodes + " |\n";
    }
}

package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calibration of the stated confidence: forecast warnings (metric still inside its limits) are
 * binned by their confidence, and each bin's observed frequency is the share whose metric really
 * went beyond the predicted limit, on the predicted side, within the horizon after the warning.
 * A calibrated predictor's bins read "0.7 said, 0.7 happened".
 */
public final class Reliability {
    private static final double[] EDGES = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001};

    /** One confidence bin: warnings in it, their mean stated confidence, the share that crossed. */
    public record Bin(double from, double to, int warnings, double meanConfidence, double observed) {}

    private Reliability() {
    }

    public static List<Bin> of(List<FileResult> results, WarningSettings settings) {
        int bins = EDGES.length - 1;
        int[] n = new int[bins];
        double[] said = new double[bins];
        int[] happened = new int[bins];
        for (FileResult r : results) {
            double[] y = r.series().values();
            int horizon = settings.horizonSteps(r.series().stepSeconds());
            for (Warning w : r.evaluations()) {
                if (!w.forecast()) {
                    continue;
                }
                int b = bin(w.confidence());
                if (b < 0) {
                    continue;
                }
                n[b]++;
                said[b] += w.confidence();
                happened[b] += crossed(y, w.slot(), horizon, w.above(), r.band()) ? 1 : 0;
            }
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            out.add(new Bin(EDGES[b], Math.min(1, EDGES[b + 1]), n[b], n[b] == 0 ? Double.NaN : said[b] / n[b],
                    n[b] == 0 ? Double.NaN : (double) happened[b] / n[b]));
        }
        return out;
    }

    static boolean crossed(double[] y, int slot, int horizon, boolean above, LimitBand band) {
        for (int i = slot + 1; i <= Math.min(y.length - 1, slot + horizon); i++) {
            if (above ? y[i] > band.ceiling() : band.hasFloor() && y[i] < band.floor()) {
                return true;
            }
        }
        return false;
    }

    private static int bin(double confidence) {
        for (int b = 0; b < EDGES.length - 1; b++) {
            if (confidence >= EDGES[b] && confidence < EDGES[b + 1]) {
                return b;
            }
        }
        return -1;
    }

    static String render(List<Bin> bins) {
        StringBuilder sb = new StringBuilder("| stated confidence | forecast warnings | mean stated | crossed within the horizon |\n"
                + "|---|---|---|---|\n");
        for (Bin b : bins) {
            sb.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %s | %s |%n", b.from(), b.to(), b.warnings(),
                    b.warnings() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", b.meanConfidence()),
                    b.warnings() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", b.observed())));
        }
        return sb.toString();
    }
}

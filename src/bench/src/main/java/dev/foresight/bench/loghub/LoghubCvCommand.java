package dev.foresight.bench.loghub;

import dev.foresight.embed.pattern.MinerSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code foresight bench loghub-cv --data DIR}: scores the settings grid on every system, then
 * prints per system the in-sample figures of the default settings beside the leave-one-system-out
 * figures (settings chosen on the other systems), as a Markdown table.
 */
public final class LoghubCvCommand {
    private LoghubCvCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path data = LoghubArgs.parse(args, "--data").path("--data");
        List<LoghubSample> samples = new ArrayList<>();
        for (String system : LoghubSample.systems(data)) {
            samples.add(LoghubSample.read(data, system));
        }
        List<MinerSettings> grid = LoghubCrossValidation.grid();
        Map<MinerSettings, LoghubScorer.Score[]> scores = LoghubCrossValidation.scoreGrid(samples, grid);
        List<LoghubCrossValidation.Fold> folds = LoghubCrossValidation.folds(samples, scores, MinerSettings.DEFAULT);
        System.out.println(table(folds));
        System.out.println();
        System.out.println(ablation(scores));
        System.out.println();
        System.out.println("in-sample: the default " + describe(MinerSettings.DEFAULT) + "; best on all "
                + samples.size() + " systems: " + describe(LoghubCrossValidation.best(scores, -1)) + " ("
                + grid.size() + " settings tried)");
    }

    static String table(List<LoghubCrossValidation.Fold> folds) {
        StringBuilder out = new StringBuilder();
        out.append("| system | in-sample GA | in-sample F1 | LOSO-CV GA | LOSO-CV F1 | patterns / events | settings chosen on the other systems |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        double[] sums = new double[4];
        for (LoghubCrossValidation.Fold f : folds) {
            out.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %d / %d | %s |%n", f.system(),
                    f.inSample().ga(), f.inSample().f1(), f.heldOut().ga(), f.heldOut().f1(),
                    f.heldOut().predClusters(), f.heldOut().trueClusters(), describe(f.chosen())));
            sums[0] += f.inSample().ga();
            sums[1] += f.inSample().f1();
            sums[2] += f.heldOut().ga();
            sums[3] += f.heldOut().f1();
        }
        int n = folds.size();
        out.append(String.format(Locale.ROOT, "| **mean** | **%.4f** | **%.4f** | **%.4f** | **%.4f** | | |",
                sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n));
        return out.toString();
    }

    /** In-sample means of the default and of the default with one choice changed. */
    static String ablation(Map<MinerSettings, LoghubScorer.Score[]> scores) {
        MinerSettings d = MinerSettings.DEFAULT;
        Map<String, MinerSettings> variants = new java.util.LinkedHashMap<>();
        variants.put("default", d);
        variants.put("similarity 0.90", new MinerSettings(0.9, d.distinctValues(), d.pathsAreVariables(), d.valuesRunToSpace()));
        variants.put("similarity 0.80", new MinerSettings(0.8, d.distinctValues(), d.pathsAreVariables(), d.valuesRunToSpace()));
        variants.put("sibling patterns never merge", new MinerSettings(d.similarity(), LoghubCrossValidation.NEVER,
                d.pathsAreVariables(), d.valuesRunToSpace()));
        variants.put("merge at 3 distinct values", new MinerSettings(d.similarity(), 3, d.pathsAreVariables(),
                d.valuesRunToSpace()));
        variants.put("paths not variables", new MinerSettings(d.similarity(), d.distinctValues(), false, d.valuesRunToSpace()));
        variants.put("values stop at punctuation", new MinerSettings(d.similarity(), d.distinctValues(),
                d.pathsAreVariables(), false));
        StringBuilder out = new StringBuilder("| variant (in-sample) | mean GA | mean F1 |\n|---|---|---|\n");
        variants.forEach((name, settings) -> {
            LoghubScorer.Score[] row = scores.get(settings);
            double ga = 0;
            double f1 = 0;
            for (LoghubScorer.Score score : row) {
                ga += score.ga();
                f1 += score.f1();
            }
            out.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f |%n", name, ga / row.length, f1 / row.length));
        });
        return out.toString().stripTrailing();
    }

    static String describe(MinerSettings s) {
        return String.format(Locale.ROOT, "similarity %.2f, distinct values %s, paths %s, values run to space %s",
                s.similarity(), s.distinctValues() == LoghubCrossValidation.NEVER ? "never" : s.distinctValues(),
                s.pathsAreVariables() ? "on" : "off", s.valuesRunToSpace() ? "on" : "off");
    }
}

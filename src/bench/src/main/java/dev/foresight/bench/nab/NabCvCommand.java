package dev.foresight.bench.nab;

import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code foresight bench nab-cv --data DIR --labels FILE [--folds FILE] [--grid|--neighbours "name=v1,v2 ..."]}:
 * runs every candidate setting of the detector over the labelled corpus, then cross-validates
 * with {@link NabCrossValidation} over the committed fold split ({@link NabFolds#committed()}
 * unless {@code --folds} names another), and prints in-sample and cross-validated scores for the
 * three profiles as a Markdown table. {@code --threshold alert-level} scores each candidate at its
 * own alert level instead of NAB's optimised threshold. {@code --grid} tries every combination of the values,
 * {@code --neighbours} the defaults and each value alone; without either only the threshold is
 * chosen on the training fold.
 */
public final class NabCvCommand {
    private NabCvCommand() {
    }

    public static void main(String[] args) throws IOException {
        NabArgs parsed = NabArgs.parse(args, "--data", "--labels");
        Path data = parsed.path("--data");
        NabFolds folds = parsed.values().containsKey("--folds")
                ? NabFolds.read(parsed.path("--folds")) : NabFolds.committed();
        List<NabLabelledFile> corpus = NabCorpus.load(data, parsed.path("--labels"));
        if (parsed.values().containsKey("--grid") && parsed.values().containsKey("--neighbours")) {
            throw new IllegalArgumentException("give --grid or --neighbours, not both");
        }
        List<DetectorGrid.Candidate> candidates = parsed.values().containsKey("--neighbours")
                ? DetectorGrid.neighbours(parsed.get("--neighbours", ""), OnlineDetectorConfig.defaults())
                : DetectorGrid.parse(parsed.get("--grid", ""), OnlineDetectorConfig.defaults());
        List<NabSeries> series = new ArrayList<>();
        for (NabLabelledFile f : corpus) {
            series.add(NabSeries.read(data.resolve(f.name()), f.name()));
        }
        long start = System.nanoTime();
        List<List<double[]>> scores = new ArrayList<>();
        for (DetectorGrid.Candidate c : candidates) {
            scores.add(series.parallelStream().map(s -> NabBench.run(s, c.config())).toList());
        }
        System.err.printf(Locale.ROOT, "ran %d candidate(s) over %d files in %.1f s%n", candidates.size(),
                corpus.size(), (System.nanoTime() - start) / 1e9);
        String thresholdMode = parsed.get("--threshold", "optimised");
        double[] alertLevels = switch (thresholdMode) {
            case "optimised" -> null;
            case "alert-level" -> candidates.stream().mapToDouble(c -> c.config().detectionScore()).toArray();
            default -> throw new IllegalArgumentException("--threshold is \"optimised\" or \"alert-level\", got \""
                    + thresholdMode + "\"");
        };
        List<NabCrossValidation.Outcome> outcomes = NabProfile.all().stream()
                .map(p -> NabCrossValidation.run(corpus, scores, folds, p, alertLevels)).toList();
        System.out.print(table(corpus, folds, candidates, outcomes));
        if (candidates.size() > 1) {
            System.out.print(candidateTable(corpus, folds, candidates, scores));
        }
        System.out.println("Threshold: " + (alertLevels == null ? "NAB's optimised threshold, learned on the training fold"
                : "each candidate's own alert level (detectionScore), nothing but the candidate learned") + ".");
    }

    /** Each candidate's in-sample score per profile, and its standard score on each fold alone. */
    static String candidateTable(List<NabLabelledFile> corpus, NabFolds folds, List<DetectorGrid.Candidate> candidates,
                                 List<List<double[]>> scores) {
        StringBuilder out = new StringBuilder("\n| candidate | in-sample standard | low FP | low FN | fold A standard"
                + " | fold B standard |\n|---|---|---|---|---|---|\n");
        List<Integer> a = folds.indices(corpus, "A");
        List<Integer> b = folds.indices(corpus, "B");
        for (int c = 0; c < candidates.size(); c++) {
            List<double[]> s = scores.get(c);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", candidates.get(c).label(),
                    NabScorer.score(corpus, s, NabProfile.STANDARD).score(),
                    NabScorer.score(corpus, s, NabProfile.LOW_FP).score(),
                    NabScorer.score(corpus, s, NabProfile.LOW_FN).score(),
                    NabScorer.score(a.stream().map(corpus::get).toList(), a.stream().map(s::get).toList(),
                            NabProfile.STANDARD).score(),
                    NabScorer.score(b.stream().map(corpus::get).toList(), b.stream().map(s::get).toList(),
                            NabProfile.STANDARD).score()));
        }
        return out.toString();
    }

    static String table(List<NabLabelledFile> corpus, NabFolds folds, List<DetectorGrid.Candidate> candidates,
                        List<NabCrossValidation.Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "NAB two-fold cross-validation: %d files (A %d, B %d), %d candidate(s)%n%n",
                corpus.size(), folds.indices(corpus, "A").size(), folds.indices(corpus, "B").size(), candidates.size()));
        out.append("| profile | in-sample, ").append(candidates.get(0).label())
                .append(" | in-sample, best candidate | CV A→B | CV B→A | **CV pooled** |\n|---|---|---|---|---|---|\n");
        for (NabCrossValidation.Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | **%.2f** |%n", o.profile().name(),
                    o.inSample().score(), o.bestInSampleResult().score(), o.directions().get(0).result().score(),
                    o.directions().get(1).result().score(), o.cvScore()));
        }
        out.append("\n| profile | train → test | chosen on train | threshold | train score | test score"
                + " | test windows detected | test FP rows |\n|---|---|---|---|---|---|---|---|\n");
        for (NabCrossValidation.Outcome o : outcomes) {
            for (NabCrossValidation.Direction d : o.directions()) {
                out.append(String.format(Locale.ROOT, "| %s | %s → %s | %s | %.4f | %.2f | %.2f | %d / %d | %d |%n",
                        o.profile().name(), d.train(), d.test(), candidates.get(d.candidate()).label(),
                        d.threshold(), d.trainScore(), d.result().score(), d.result().windowsDetected(),
                        d.result().windows(), d.result().fp()));
            }
        }
        out.append("\nIn-sample: threshold optimised on all files. CV: setting and threshold chosen on one fold,"
                + " scored on the other; pooled = both test folds' raw scores normalised together.\n");
        return out.toString();
    }
}

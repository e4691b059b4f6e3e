package dev.foresight.bench.nab;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-fold cross-validation of NAB scoring: on one fold, choose the candidate setting and the
 * threshold that score best (NAB's own optimised threshold, per profile); score the other fold
 * at that setting and that fixed threshold; then swap. The cross-validated score pools both test
 * folds' raw scores and normalises them as NAB does for a corpus, so it reads on the same 0–100
 * scale as the in-sample score: what one would expect on files nobody tuned on.
 */
public final class NabCrossValidation {
    private NabCrossValidation() {
    }

    /** What was chosen on {@code train} and what it earned on {@code test}. */
    public record Direction(String train, String test, int candidate, double threshold, double trainScore,
                            NabScorer.Result result) {
    }

    /**
     * One profile's outcome. {@code inSample} is candidate 0 with the threshold optimised on the
     * whole corpus (how NAB reports a detector); {@code bestInSample} the best candidate so chosen.
     */
    public record Outcome(NabProfile profile, NabScorer.Result inSample, int bestInSample,
                          NabScorer.Result bestInSampleResult, List<Direction> directions, double cvScore,
                          int cvWindowsDetected, int cvFalsePositives) {
    }

    /**
     * @param scores one list of per-file score arrays per candidate, each aligned with {@code corpus}
     */
    public static Outcome run(List<NabLabelledFile> corpus, List<List<double[]>> scores, NabFolds folds,
                              NabProfile profile) {
        return run(corpus, scores, folds, profile, null);
    }

    /**
     * As {@link #run(List, List, NabFolds, NabProfile)}, but when {@code alertLevels} is given each
     * candidate is scored at its own fixed threshold (the detector's alert level) instead of
     * NAB's optimised one: then the only thing learned on a fold is which candidate to use.
     */
    public static Outcome run(List<NabLabelledFile> corpus, List<List<double[]>> scores, NabFolds folds,
                              NabProfile profile, double[] alertLevels) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no candidate to cross-validate");
        }
        NabScorer.Result inSample = score(corpus, scores.get(0), profile, alertLevels, 0);
        int best = 0;
        NabScorer.Result bestResult = inSample;
        for (int c = 1; c < scores.size(); c++) {
            NabScorer.Result r = score(corpus, scores.get(c), profile, alertLevels, c);
            if (r.score() > bestResult.score()) {
                best = c;
                bestResult = r;
            }
        }
        List<Direction> directions = new ArrayList<>();
        double raw = 0;
        double nullRaw = 0;
        double perfect = 0;
        int detected = 0;
        int fp = 0;
        for (String train : NabFolds.NAMES) {
            String test = NabFolds.other(train);
            List<Integer> trainRows = folds.indices(corpus, train);
            List<Integer> testRows = folds.indices(corpus, test);
            int chosen = 0;
            NabScorer.Result chosenResult = null;
            for (int c = 0; c < scores.size(); c++) {
                NabScorer.Result r = score(pick(corpus, trainRows), pick(scores.get(c), trainRows), profile,
                        alertLevels, c);
                if (chosenResult == null || r.score() > chosenResult.score()) {
                    chosen = c;
                    chosenResult = r;
                }
            }
            NabScorer.Result tested = NabScorer.scoreAt(pick(corpus, testRows), pick(scores.get(chosen), testRows),
                    profile, chosenResult.threshold());
            directions.add(new Direction(train, test, chosen, chosenResult.threshold(), chosenResult.score(), tested));
            raw += tested.raw();
            nullRaw += tested.nullRaw();
            perfect += tested.perfectRaw();
            detected += tested.windowsDetected();
            fp += tested.fp();
        }
        double cv = 100.0 * (raw - nullRaw) / (perfect - nullRaw);
        return new Outcome(profile, inSample, best, bestResult, List.copyOf(directions), cv, detected, fp);
    }

    private static NabScorer.Result score(List<NabLabelledFile> corpus, List<double[]> scores, NabProfile profile,
                                          double[] alertLevels, int candidate) {
        return alertLevels == null ? NabScorer.score(corpus, scores, profile)
                : NabScorer.scoreAt(corpus, scores, profile, alertLevels[candidate]);
    }

    private static <T> List<T> pick(List<T> all, List<Integer> rows) {
        return rows.stream().map(all::get).toList();
    }
}

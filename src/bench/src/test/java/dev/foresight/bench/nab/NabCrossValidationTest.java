package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation on four made-up files (two per fold), each with one window at rows 50..59:
 * a setting that fires at each window start beats one that fires only outside windows, on each
 * training fold, and the pooled test score is the corpus score the chosen setting earns.
 */
class NabCrossValidationTest {
    private static final int ROWS = 100;
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 1, 0, 0);

    private static NabLabelledFile file(String name) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<String> times = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            times.add(T0.plusMinutes(5L * i).format(f));
        }
        List<String[]> windows = List.<String[]>of(new String[] {times.get(50), times.get(59)});
        return new NabLabelledFile(name, times, windows);
    }

    private static double[] at(int row, double level) {
        double[] s = new double[ROWS];
        s[row] = level;
        return s;
    }

    @Test
    void theSettingChosenOnOneFoldIsScoredOnTheOther() {
        List<NabLabelledFile> corpus = List.of(file("c/a1.csv"), file("c/b1.csv"), file("d/a2.csv"), file("d/b2.csv"));
        NabFolds folds = new NabFolds(Map.of("c/a1.csv", "A", "c/b1.csv", "B", "d/a2.csv", "A", "d/b2.csv", "B"));
        // Candidate 0 only raises false alarms; candidate 1 fires at every window start, at 0.8.
        List<double[]> noisy = List.of(at(20, 0.9), at(20, 0.9), at(20, 0.9), at(20, 0.9));
        List<double[]> good = List.of(at(50, 0.8), at(52, 0.8), at(50, 0.8), at(50, 0.8));
        NabCrossValidation.Outcome o = NabCrossValidation.run(corpus, List.of(noisy, good), folds, NabProfile.STANDARD);

        assertEquals(0.0, o.inSample().score(), 1e-9, "never detecting is the best use of candidate 0");
        assertEquals(1, o.bestInSample());
        for (NabCrossValidation.Direction d : o.directions()) {
            assertEquals(1, d.candidate());
            assertEquals(0.8, d.threshold());
            assertEquals(2, d.result().windowsDetected());
        }
        NabScorer.Result pooled = NabScorer.scoreAt(corpus, good, NabProfile.STANDARD, 0.8);
        assertEquals(pooled.score(), o.cvScore(), 1e-9);
        assertEquals(4, o.cvWindowsDetected());
        assertEquals(0, o.cvFalsePositives());
    }

    @Test
    void aThresholdLearnedOnOneFoldCanMissOnTheOther() {
        List<NabLabelledFile> corpus = List.of(file("c/a.csv"), file("c/b.csv"));
        NabFolds folds = new NabFolds(Map.of("c/a.csv", "A", "c/b.csv", "B"));
        // Fold A's window peaks at 0.9, fold B's at 0.5: trained on A, the threshold misses B.
        List<double[]> scores = List.of(at(50, 0.9), at(50, 0.5));
        NabCrossValidation.Outcome o = NabCrossValidation.run(corpus, List.of(scores), folds, NabProfile.STANDARD);
        assertEquals(100.0, o.inSample().score(), 1e-9);
        assertEquals(0, o.directions().get(0).result().windowsDetected());
        assertEquals(1, o.directions().get(1).result().windowsDetected());
        assertEquals(50.0, o.cvScore(), 1e-9);
    }

    @Test
    void atAlertLevelsOnlyTheCandidateIsLearned() {
        List<NabLabelledFile> corpus = List.of(file("c/a.csv"), file("c/b.csv"));
        NabFolds folds = new NabFolds(Map.of("c/a.csv", "A", "c/b.csv", "B"));
        List<double[]> scores = List.of(at(50, 0.6), at(50, 0.6));
        // Candidate 0 alerts at 0.7, above its own scores: it never detects; candidate 1 alerts at 0.5.
        NabCrossValidation.Outcome o = NabCrossValidation.run(corpus, List.of(scores, scores), folds,
                NabProfile.STANDARD, new double[] {0.7, 0.5});
        assertEquals(0.0, o.inSample().score(), 1e-9);
        assertEquals(1, o.bestInSample());
        assertEquals(0.5, o.directions().get(0).threshold());
        assertEquals(100.0, o.cvScore(), 1e-9);
    }
}

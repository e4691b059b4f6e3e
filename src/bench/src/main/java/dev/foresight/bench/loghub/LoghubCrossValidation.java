package dev.foresight.bench.loghub;

import dev.foresight.embed.pattern.MinerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave-one-system-out cross-validation of the miner's settings: for each system, the settings
 * with the best mean GA on the other systems are chosen and then scored on the one left out, so
 * no system's figure comes from settings that saw its labels.
 */
public final class LoghubCrossValidation {
    /** Never merge sibling patterns: the grid's "off" value for {@link MinerSettings#distinctValues()}. */
    public static final int NEVER = Integer.MAX_VALUE;

    private LoghubCrossValidation() {
    }

    /** One system's outcome: its score in-sample (given settings) and held out (settings chosen on the others). */
    public record Fold(String system, LoghubScorer.Score inSample, LoghubScorer.Score heldOut, MinerSettings chosen) {
    }

    /** The settings tried: every combination, most conservative similarity first. */
    public static List<MinerSettings> grid() {
        List<MinerSettings> grid = new ArrayList<>();
        for (double similarity : new double[] {1.0, 0.95, 0.9, 0.8, 0.7}) {
            for (int distinct : new int[] {3, 4, 5, 6, 8, NEVER}) {
                for (boolean paths : new boolean[] {true, false}) {
                    for (boolean runToSpace : new boolean[] {true, false}) {
                        grid.add(new MinerSettings(similarity, distinct, paths, runToSpace));
                    }
                }
            }
        }
        return grid;
    }

    /** Scores every setting of the grid on every sample: {@code scores.get(setting)[system]}. */
    public static Map<MinerSettings, LoghubScorer.Score[]> scoreGrid(List<LoghubSample> samples,
                                                                     List<MinerSettings> grid) {
        Map<MinerSettings, LoghubScorer.Score[]> scores = new LinkedHashMap<>();
        for (MinerSettings settings : grid) {
            LoghubScorer.Score[] row = new LoghubScorer.Score[samples.size()];
            for (int s = 0; s < samples.size(); s++) {
                LoghubSample sample = samples.get(s);
                row[s] = LoghubScorer.score(sample.events(), LoghubBench.run(sample.contents(), settings));
            }
            scores.put(settings, row);
        }
        return scores;
    }

    /** The folds, in sample order; {@code inSample} settings must be part of the grid scored. */
    public static List<Fold> folds(List<LoghubSample> samples, Map<MinerSettings, LoghubScorer.Score[]> scores,
                                   MinerSettings inSample) {
        List<Fold> folds = new ArrayList<>();
        for (int out = 0; out < samples.size(); out++) {
            MinerSettings chosen = best(scores, out);
            folds.add(new Fold(samples.get(out).system(), scores.get(inSample)[out], scores.get(chosen)[out], chosen));
        }
        return folds;
    }

    /** The setting with the highest mean GA over every system but {@code excluded} (-1: none); the first wins a tie. */
    public static MinerSettings best(Map<MinerSettings, LoghubScorer.Score[]> scores, int excluded) {
        MinerSettings best = null;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (Map.Entry<MinerSettings, LoghubScorer.Score[]> e : scores.entrySet()) {
            double sum = 0;
            int n = 0;
            for (int s = 0; s < e.getValue().length; s++) {
                if (s != excluded) {
                    sum += e.getValue()[s].ga();
                    n++;
                }
            }
            if (sum / n > bestMean) {
                best = e.getKey();
                bestMean = sum / n;
            }
        }
        return best;
    }
}

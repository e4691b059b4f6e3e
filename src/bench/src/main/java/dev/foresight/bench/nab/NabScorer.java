package dev.foresight.bench.nab;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NAB scoring over a corpus: each labelled window earns the worth of its earliest detection or
 * costs a miss, each detection outside windows costs its (negative) worth times the profile's
 * false-positive weight, the threshold is the one that maximises the corpus total, and the
 * result is normalised so that detecting nothing scores 0 and a perfect detector 100.
 */
public final class NabScorer {
    private NabScorer() {
    }

    /** Score of one profile; {@code threshold} is NaN when the best choice is to detect nothing. */
    public record Result(NabProfile profile, double score, double raw, double nullRaw, double perfectRaw,
                         double threshold, int tp, int fp, int fn, int tn, int windows, int windowsDetected) {
    }

    public static Result score(List<NabLabelledFile> corpus, List<double[]> scores, NabProfile profile) {
        check(corpus, scores);
        return scoreAt(corpus, scores, profile, bestThreshold(corpus, scores, profile));
    }

    /** Sweeps every distinct score as the threshold; ties go to the higher one (fewer detections). */
    static double bestThreshold(List<NabLabelledFile> corpus, List<double[]> scores, NabProfile profile) {
        int total = 0;
        int windows = 0;
        for (NabLabelledFile f : corpus) {
            total += f.rows() - f.probation();
            windows += f.scorableCount();
        }
        double[] level = new double[total];
        long[] key = new long[total];
        double[] worth = new double[total];
        int k = 0;
        for (int file = 0; file < corpus.size(); file++) {
            NabLabelledFile f = corpus.get(file);
            double[] s = scores.get(file);
            for (int i = f.probation(); i < f.rows(); i++) {
                level[k] = s[i];
                key[k] = f.windowOf(i) < 0 ? -1 : ((long) file << 32) | f.windowOf(i);
                worth[k] = f.value(i);
                k++;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(level[y], level[x]));

        double raw = -profile.fn() * windows;
        double best = raw;
        double bestLevel = Double.NaN;
        Map<Long, Double> credited = new HashMap<>();
        int i = 0;
        while (i < total) {
            double current = level[order[i]];
            while (i < total && level[order[i]] == current) {
                int r = order[i];
                if (key[r] < 0) {
                    raw += profile.fp() * worth[r];
                } else {
                    double gain = profile.tp() * worth[r];
                    Double old = credited.get(key[r]);
                    if (old == null) {
                        raw += gain + profile.fn();
                        credited.put(key[r], gain);
                    } else if (gain > old) {
                        raw += gain - old;
                        credited.put(key[r], gain);
                    }
                }
                i++;
            }
            if (raw > best) {
                best = raw;
                bestLevel = current;
            }
        }
        return bestLevel;
    }

    /** Score at a fixed threshold (NaN = never detect). */
    public static Result scoreAt(List<NabLabelledFile> corpus, List<double[]> scores, NabProfile profile,
                                 double threshold) {
        check(corpus, scores);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int windows = 0;
        int detected = 0;
        double raw = 0;
        double nullRaw = 0;
        double perfect = 0;
        for (int file = 0; file < corpus.size(); file++) {
            NabLabelledFile f = corpus.get(file);
            double[] s = scores.get(file);
            double[] credited = new double[f.windowCount()];
            boolean[] hitWindow = new boolean[f.windowCount()];
            for (int i = f.probation(); i < f.rows(); i++) {
                boolean hit = !Double.isNaN(threshold) && s[i] >= threshold;
                int w = f.windowOf(i);
                if (w >= 0) {
                    if (hit) {
                        tp++;
                        double gain = profile.tp() * f.value(i);
                        credited[w] = hitWindow[w] ? Math.max(credited[w], gain) : Math.max(0.0, gain);
                        hitWindow[w] = true;
                    } else {
                        fn++;
                    }
                } else if (hit) {
                    fp++;
                    raw += profile.fp() * f.value(i);
                } else {
                    tn++;
                }
            }
            for (int w : f.scorableWindows()) {
                raw += hitWindow[w] ? credited[w] : -profile.fn();
                detected += hitWindow[w] ? 1 : 0;
            }
            windows += f.windowCount();
            nullRaw -= profile.fn() * f.scorableCount();
            perfect += profile.tp() * f.windowCount();
        }
        double score = perfect == nullRaw ? Double.NaN : 100.0 * (raw - nullRaw) / (perfect - nullRaw);
        return new Result(profile, score, raw, nullRaw, perfect, threshold, tp, fp, fn, tn, windows, detected);
    }

    private static void check(List<NabLabelledFile> corpus, List<double[]> scores) {
        if (corpus.size() != scores.size()) {
            throw new IllegalArgumentException(corpus.size() + " files but " + scores.size() + " score series");
        }
        for (int i = 0; i < corpus.size(); i++) {
            if (scores.get(i).length != corpus.get(i).rows()) {
                throw new IllegalArgumentException(corpus.get(i).name() + ": " + scores.get(i).length
                        + " scores, but the data file has " + corpus.get(i).rows() + " rows");
            }
        }
    }
}

package dev.foresight.bench.loghub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouping accuracy and pairwise F1 of a predicted grouping against LogHub's EventIds, computed as
 * {@code loghub_score.py} does: a message counts for GA only when its predicted cluster is exactly
 * the set of messages of its event; F1 over message pairs sharing a cluster and an event.
 */
public final class LoghubScorer {
    private LoghubScorer() {
    }

    /** The metrics of one system; pair counts are exact integers. */
    public record Score(double ga, double f1, double precision, double recall, int messages, int correctMessages,
                        int predClusters, int trueClusters, int exactClusters, long realPairs, long parsedPairs,
                        long accuratePairs) {
    }

    /** {@code truth} and {@code predicted} hold one label per message, in the same order. */
    public static Score score(List<String> truth, List<String> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth has " + truth.size() + " messages, the prediction "
                    + predicted.size());
        }
        Map<String, Integer> trueSize = new HashMap<>();
        for (String event : truth) {
            trueSize.merge(event, 1, Integer::sum);
        }
        Map<String, Map<String, Integer>> inside = new HashMap<>();
        Map<String, Integer> clusterSize = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            inside.computeIfAbsent(predicted.get(i), c -> new HashMap<>()).merge(truth.get(i), 1, Integer::sum);
            clusterSize.merge(predicted.get(i), 1, Integer::sum);
        }
        int correct = 0;
        int exact = 0;
        long accurate = 0;
        for (Map<String, Integer> events : inside.values()) {
            for (int n : events.values()) {
                accurate += pairs(n);
            }
            if (events.size() == 1) {
                Map.Entry<String, Integer> only = events.entrySet().iterator().next();
                if (only.getValue().equals(trueSize.get(only.getKey()))) {
                    correct += only.getValue();
                    exact++;
                }
            }
        }
        long real = trueSize.values().stream().mapToLong(LoghubScorer::pairs).sum();
        long parsed = clusterSize.values().stream().mapToLong(LoghubScorer::pairs).sum();
        double precision = parsed == 0 ? 1.0 : (double) accurate / parsed;
        double recall = real == 0 ? 1.0 : (double) accurate / real;
        double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        int total = truth.size();
        return new Score(total == 0 ? 1.0 : (double) correct / total, f1, precision, recall, total, correct,
                clusterSize.size(), trueSize.size(), exact, real, parsed, accurate);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}

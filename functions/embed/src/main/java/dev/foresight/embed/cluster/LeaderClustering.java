package dev.foresight.embed.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy leader clustering by cosine similarity. Each vector, in input order, joins the cluster
 * whose leader it is most similar to when that similarity reaches the threshold, and otherwise
 * leads a new cluster. One pass, no cluster count to guess: a good fit for grouping alert and
 * error texts into patterns. The representative reported is the medoid (the member most similar
 * to all others), which describes a group better than whichever text happened to come first.
 */
public final class LeaderClustering {
    private LeaderClustering() {}

    /** Clusters largest first; equal sizes keep the order in which they were founded. */
    public static List<Cluster> cluster(List<float[]> vectors, double threshold) {
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [-1, 1], was " + threshold);
        }
        List<Integer> leaders = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            int best = -1;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < leaders.size(); c++) {
                double similarity = Vectors.cosine(vectors.get(i), vectors.get(leaders.get(c)));
                if (similarity >= threshold && similarity > bestSimilarity) {
                    best = c;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0) {
                leaders.add(i);
                groups.add(new ArrayList<>(List.of(i)));
            } else {
                groups.get(best).add(i);
            }
        }
        List<Cluster> clusters = new ArrayList<>(groups.size());
        for (List<Integer> members : groups) {
            clusters.add(new Cluster(medoid(vectors, members), members));
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> c.members().size()).reversed());
        return clusters;
    }

    /** The member with the largest summed similarity to the others; the earliest wins a tie. */
    static int medoid(List<float[]> vectors, List<Integer> members) {
        int best = members.get(0);
        double bestTotal = Double.NEGATIVE_INFINITY;
        for (int candidate : members) {
            double total = 0;
            for (int other : members) {
                if (other != candidate) {
                    total += Vectors.cosine(vectors.get(candidate), vectors.get(other));
                }
            }
            if (total > bestTotal) {
                best = candidate;
                bestTotal = total;
            }
        }
        return best;
    }
}

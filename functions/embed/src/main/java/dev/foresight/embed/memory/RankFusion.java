package dev.foresight.embed.memory;

import dev.foresight.shared.memory.MemoryCandidate;
import java.util.Comparator;
import java.util.List;

/**
 * Reciprocal Rank Fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a memory scores
 * {@code 1/(k + rank)} for each list that placed it, summed. Only ranks count, so the cosine
 * similarity and {@code ts_rank_cd}, which live on unrelated scales, need no weights or
 * normalisation; {@code k} = 60 is the paper's constant, damping the difference between the very
 * first places. A list that did not find the memory adds nothing.
 */
public record RankFusion(int k) {
    public static final int STANDARD_K = 60;

    public RankFusion {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /** The fused score of a memory that the vector side placed at {@code vectorRank} and the text side at {@code textRank}. */
    public double score(Integer vectorRank, Integer textRank) {
        return term(vectorRank) + term(textRank);
    }

    private double term(Integer rank) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    /** The formula {@link #score} applies under {@code mode}, as shown to a caller. */
    public String formula(SearchMode mode) {
        String vector = "1/(" + k + " + vectorRank)";
        String text = "1/(" + k + " + textRank)";
        return switch (mode) {
            case HYBRID -> vector + " + " + text + ", a missing rank adding 0";
            case VECTOR -> vector;
            case TEXT -> text;
        };
    }

    /**
     * The best {@code limit} candidates by fused score; ties go to the higher cosine similarity,
     * then to the older memory, so the order never depends on the database's.
     */
    public List<MemoryMatch> rank(List<MemoryCandidate> candidates, SearchMode mode, int limit) {
        String formula = formula(mode);
        return candidates.stream()
                .map(candidate -> MemoryMatch.of(candidate, new Explanation(candidate.similarity(), candidate.vectorRank(),
                        candidate.textScore(), candidate.textRank(), score(candidate.vectorRank(), candidate.textRank()),
                        formula)))
                .sorted(BEST_FIRST)
                .limit(limit)
                .toList();
    }

    private static final Comparator<MemoryMatch> BEST_FIRST = Comparator
            .comparingDouble((MemoryMatch match) -> -match.explanation().fusedScore())
            .thenComparingDouble(match -> -match.similarity())
            .thenComparingLong(MemoryMatch::id);
}

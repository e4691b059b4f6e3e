package dev.foresight.embed.memory;

/**
 * Why a search hit is where it is. {@code vectorRank} is its place (1 = first) among the nearest
 * by cosine similarity, {@code textScore} PostgreSQL's {@code ts_rank_cd} of the query against its
 * text and {@code textRank} its place among the full-text matches; a rank (and the text score) is
 * null when that side did not find it among its candidates or was not asked. {@code fusedScore}
 * is {@code formula} applied to the ranks, and orders the hits.
 */
public record Explanation(double vectorSimilarity, Integer vectorRank, Double textScore, Integer textRank,
        double fusedScore, String formula) {}

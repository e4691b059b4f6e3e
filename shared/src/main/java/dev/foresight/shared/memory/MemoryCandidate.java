package dev.foresight.shared.memory;

/**
 * A memory found by either side of a search, with where each side placed it: {@code vectorRank}
 * among the nearest by cosine distance, {@code textRank} among the full-text matches ordered by
 * {@code textScore} (PostgreSQL's {@code ts_rank_cd}). A rank is null when that side did not find
 * the memory among its candidates, or was not asked. {@code similarity} is always the cosine
 * similarity to the query vector, whichever side found it.
 */
public record MemoryCandidate(Memory memory, double similarity, Integer vectorRank, Double textScore, Integer textRank) {}

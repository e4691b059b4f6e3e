package dev.foresight.embed.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.shared.memory.Memory;
import dev.foresight.shared.memory.MemoryCandidate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankFusionTest {
    private final RankFusion fusion = new RankFusion(RankFusion.STANDARD_K);

    @ParameterizedTest(name = "vector {0}, text {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "1, 1, 0.0327868852",     // 2/61
            "1, none, 0.0163934426",  // 1/61
            "none, 3, 0.0158730159",  // 1/63
            "10, 40, 0.0242857143",   // 1/70 + 1/100
            "none, none, 0"})
    void scoresTheSumOfReciprocalRanks(Integer vectorRank, Integer textRank, double expected) {
        assertEquals(expected, fusion.score(vectorRank, textRank), 1e-9);
    }

    @Test
    void aMemoryBothSidesPlaceBeatsOneOnlyTheVectorPlacesFirst() {
        // the text side's first is the vector side's fourth: found by both, it goes first; the
        // text side's second, far in meaning, ties with the vector side's second and yields to
        // its higher similarity, but passes the vector side's third
        List<MemoryCandidate> candidates = List.of(
                candidate(1, 0.91, 1, null, null),
                candidate(2, 0.88, 2, null, null),
                candidate(3, 0.85, 3, null, null),
                candidate(4, 0.80, 4, 0.9, 1),
                candidate(5, 0.12, null, 0.1, 2));

        List<MemoryMatch> hybrid = fusion.rank(candidates, SearchMode.HYBRID, 5);

        assertEquals(List.of(4L, 1L, 2L, 5L, 3L), hybrid.stream().map(MemoryMatch::id).toList());
        Explanation first = hybrid.get(0).explanation();
        assertEquals(4, first.vectorRank());
        assertEquals(1, first.textRank());
        assertEquals(0.9, first.textScore());
        assertEquals(0.80, first.vectorSimilarity());
        assertEquals(1.0 / 64 + 1.0 / 61, first.fusedScore(), 1e-12);
        assertEquals("1/(60 + vectorRank) + 1/(60 + textRank), a missing rank adding 0", first.formula());
        Explanation textOnly = hybrid.get(3).explanation();
        assertNull(textOnly.vectorRank());
        assertEquals(1.0 / 62, textOnly.fusedScore(), 1e-12);
        assertEquals(0.12, hybrid.get(3).similarity(), "a text-only hit still carries its cosine similarity");
    }

    @Test
    void vectorModeKeepsTheVectorOrderAndCutsAtTheLimit() {
        List<MemoryCandidate> candidates = List.of(
                candidate(7, 0.50, 3, null, null), candidate(8, 0.90, 1, null, null), candidate(9, 0.70, 2, null, null));

        List<MemoryMatch> top = fusion.rank(candidates, SearchMode.VECTOR, 2);

        assertEquals(List.of(8L, 9L), top.stream().map(MemoryMatch::id).toList());
        assertEquals("1/(60 + vectorRank)", top.get(0).explanation().formula());
        assertEquals(1.0 / 61, top.get(0).explanation().fusedScore(), 1e-12);
    }

    @Test
    void equalScoresGoToTheHigherSimilarityThenTheOlderMemory() {
        // vector 1 + text 3 scores as text 1 + vector 3
        List<MemoryCandidate> candidates = List.of(
                candidate(20, 0.40, 3, 0.5, 1), candidate(21, 0.90, 1, 0.1, 3),
                candidate(31, 0.30, null, 0.3, 2), candidate(30, 0.30, 2, null, null));

        List<MemoryMatch> ranked = fusion.rank(candidates, SearchMode.HYBRID, 4);

        assertEquals(List.of(21L, 20L, 30L, 31L), ranked.stream().map(MemoryMatch::id).toList());
    }

    @Test
    void textModeNamesOnlyTheTextRank() {
        assertEquals("1/(60 + textRank)", fusion.formula(SearchMode.TEXT));
        assertEquals("1/(10 + vectorRank)", new RankFusion(10).formula(SearchMode.VECTOR));
    }

    @Test
    void aConstantBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RankFusion(0));
    }

    private static MemoryCandidate candidate(long id, double similarity, Integer vectorRank, Double textScore,
            Integer textRank) {
        Memory memory = new Memory(id, "memory " + id, "incident", Map.of(), OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        return new MemoryCandidate(memory, similarity, vectorRank, textScore, textRank);
    }
}

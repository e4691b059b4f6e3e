package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed fold split: by file, stratified by category, reproducible from its rule. */
class NabFoldsTest {

    @Test
    void theCommittedSplitIsTheStratifiedRuleAppliedToItsOwnFiles() {
        NabFolds committed = NabFolds.committed();
        assertEquals(29, committed.foldOf().size());
        assertEquals(NabFolds.stratified(List.copyOf(committed.foldOf().keySet())), committed);
    }

    @Test
    void everyCategoryAndTheCorpusAreHalvedToWithinOneFile() {
        Map<String, Map<String, Long>> perCategory = new TreeMap<>();
        NabFolds.committed().foldOf().forEach((file, fold) -> perCategory
                .computeIfAbsent(file.substring(0, file.indexOf('/')), c -> new TreeMap<>())
                .merge(fold, 1L, Long::sum));
        assertEquals(7, perCategory.size());
        perCategory.forEach((category, counts) -> {
            long a = counts.getOrDefault("A", 0L);
            long b = counts.getOrDefault("B", 0L);
            assertTrue(Math.abs(a - b) <= 1, category + ": A " + a + ", B " + b);
        });
        Map<String, Long> total = NabFolds.committed().foldOf().values().stream()
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
        assertEquals(15L, total.get("A"));
        assertEquals(14L, total.get("B"));
    }

    @Test
    void aFileOutsideTheSplitIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NabFolds.committed().of("realNew/x.csv"));
        assertEquals("file \"realNew/x.csv\" is in no fold of the split", e.getMessage());
    }

    @Test
    void malformedSplitsAreRefusedWithTheRowQuoted() {
        assertEquals("s: header must be \"file,fold\", got \"name,fold\"",
                assertThrows(IllegalArgumentException.class, () -> NabFolds.parse("name,fold\n", "s")).getMessage());
        assertEquals("s: bad or repeated row \"a/x.csv,A\"", assertThrows(IllegalArgumentException.class,
                () -> NabFolds.parse("file,fold\na/x.csv,A\na/x.csv,A\n", "s")).getMessage());
        assertEquals("file \"a/x.csv\" is in fold \"C\"; folds are [A, B]", assertThrows(
                IllegalArgumentException.class, () -> NabFolds.parse("file,fold\na/x.csv,C\n", "s")).getMessage());
    }
}

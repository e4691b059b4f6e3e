package dev.foresight.bench.loghub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference scorer's own synthetic cases (its --selfcheck), and its input checks. */
class LoghubScorerTest {
    /** Truth: events of 4, 3, 2 and 1 messages, ids in order (10 messages, 10 real pairs). */
    private static final List<String> TRUTH = labels(4, 3, 2, 1);

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<String> splitFirst = new ArrayList<>(TRUTH);
        splitFirst.set(2, "E1b");
        splitFirst.set(3, "E1b");
        List<String> merged = new ArrayList<>(TRUTH);
        merged.set(9, "E3");
        return Stream.of(
                Arguments.of("perfect", TRUTH, TRUTH, 1.0, 1.0, 1.0, 1.0, 4, 4),
                Arguments.of("other cluster names", TRUTH, TRUTH.stream().map(e -> "c" + e).toList(),
                        1.0, 1.0, 1.0, 1.0, 4, 4),
                Arguments.of("all in one cluster", TRUTH, TRUTH.stream().map(e -> "x").toList(),
                        0.0, 10.0 / 45, 1.0, 20.0 / 55, 1, 0),
                Arguments.of("all singletons", TRUTH, IntStream.range(0, 10).mapToObj(String::valueOf).toList(),
                        0.1, 1.0, 0.0, 0.0, 10, 1),
                Arguments.of("one event split in two", TRUTH, splitFirst, 0.6, 1.0, 0.6, 0.75, 5, 3),
                Arguments.of("a singleton merged into another event", TRUTH, merged,
                        0.7, 10.0 / 12, 1.0, 10.0 / 11, 3, 2),
                Arguments.of("one event, one cluster", List.of("E", "E", "E"), List.of("a", "a", "a"),
                        1.0, 1.0, 1.0, 1.0, 1, 1),
                Arguments.of("only singletons, all singletons", List.of("A", "B"), List.of("a", "b"),
                        1.0, 1.0, 1.0, 1.0, 2, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAsTheReferenceSelfcheck(String name, List<String> truth, List<String> predicted, double ga,
                                       double precision, double recall, double f1, int clusters, int exact) {
        LoghubScorer.Score s = LoghubScorer.score(truth, predicted);
        assertEquals(ga, s.ga(), 1e-12, "GA");
        assertEquals(precision, s.precision(), 1e-12, "precision");
        assertEquals(recall, s.recall(), 1e-12, "recall");
        assertEquals(f1, s.f1(), 1e-12, "F1");
        assertEquals(clusters, s.predClusters(), "predicted clusters");
        assertEquals(exact, s.exactClusters(), "exact clusters");
    }

    @Test
    void refusesLabelingsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> LoghubScorer.score(List.of("E1"), List.of("a", "b")));
    }

    static Stream<Arguments> badFiles() {
        String header = "LineId,ClusterId\n";
        return Stream.of(
                Arguments.of("missing LineId", header + "1,a\n2,a\n", "1 LineId(s) missing [3]"),
                Arguments.of("duplicate LineId", header + "1,a\n2,a\n2,b\n3,c\n", "1 duplicate LineId(s) [2]"),
                Arguments.of("unknown LineId", header + "1,a\n2,a\n3,b\n9,b\n", "1 LineId(s) not in the sample [9]"),
                Arguments.of("no ClusterId column", "LineId,Cluster\n1,a\n", "missing column(s) ClusterId"),
                Arguments.of("non-integer LineId", header + "x,a\n", "is not an integer"),
                Arguments.of("empty ClusterId", header + "1,\n", "empty ClusterId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesWhatTheReferenceRefuses(String name, String text, String fragment) throws IOException {
        Path file = dir.resolve("S.csv");
        Files.writeString(file, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoghubScoreCommand.readPrediction(file, List.of(1, 2, 3)));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void readsColumnsAndRowsInAnyOrder() throws IOException {
        Path file = dir.resolve("S.csv");
        Files.writeString(file, "ClusterId,Extra,LineId\nb,,3\na,z,1\na,,2\n");
        List<String> predicted = LoghubScoreCommand.readPrediction(file, List.of(1, 2, 3));
        assertEquals(List.of("a", "a", "b"), predicted);
        assertEquals(1.0, LoghubScorer.score(List.of("E1", "E1", "E2"), predicted).ga());
    }

    @Test
    void averagesUnweightedOverSystems() {
        Map<String, Object> avg = LoghubScoreCommand.average(new java.util.LinkedHashMap<>(Map.of(
                "A", LoghubScorer.score(List.of("E", "E"), List.of("a", "a")),
                "B", LoghubScorer.score(List.of("E", "F", "F", "F"), List.of("a", "a", "b", "b")))));
        assertEquals(0.5, (double) avg.get("GA"), 1e-12);
        assertEquals(6, avg.get("messages_total"));
    }

    private static List<String> labels(int... sizes) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k]; i++) {
                out.add("E" + (k + 1));
            }
        }
        return List.copyOf(out);
    }
}

package dev.foresight.embed.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeaderClusteringTest {

    /** A unit vector at {@code degrees} in the plane: the cosine of two is the cosine of their angle. */
    static float[] at(double degrees) {
        double r = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(r), (float) Math.sin(r)};
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("identical vectors form one cluster",
                        List.of(at(10), at(10), at(10)), 0.99,
                        List.of(new Cluster(0, List.of(0, 1, 2)))),
                Arguments.of("orthogonal vectors stay apart",
                        List.of(at(0), at(90)), 0.5,
                        List.of(new Cluster(0, List.of(0)), new Cluster(1, List.of(1)))),
                Arguments.of("two groups, largest first",
                        List.of(at(0), at(90), at(92), at(5), at(88)), 0.95,
                        List.of(new Cluster(1, List.of(1, 2, 4)), new Cluster(0, List.of(0, 3)))),
                Arguments.of("a text joins the most similar leader, not the first one within reach",
                        List.of(at(0), at(40), at(30)), 0.8,
                        List.of(new Cluster(1, List.of(1, 2)), new Cluster(0, List.of(0)))),
                Arguments.of("threshold 1 separates near duplicates",
                        List.of(at(0), at(1)), 1.0,
                        List.of(new Cluster(0, List.of(0)), new Cluster(1, List.of(1)))),
                Arguments.of("the representative is the medoid, not the leader",
                        List.of(at(0), at(20), at(10)), 0.9,
                        List.of(new Cluster(2, List.of(0, 1, 2)))),
                Arguments.of("lengths do not matter, only directions",
                        List.of(new float[] {1, 0}, new float[] {100, 1}), 0.99,
                        List.of(new Cluster(0, List.of(0, 1)))),
                Arguments.of("nothing to group", List.of(), 0.8, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groupsBySimilarity(String name, List<float[]> vectors, double threshold, List<Cluster> expected) {
        assertEquals(expected, LeaderClustering.cluster(vectors, threshold));
    }

    @Test
    void rejectsAThresholdOutsideCosineRange() {
        assertThrows(IllegalArgumentException.class, () -> LeaderClustering.cluster(List.of(at(0)), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LeaderClustering.cluster(List.of(at(0)), 1.5));
    }
}

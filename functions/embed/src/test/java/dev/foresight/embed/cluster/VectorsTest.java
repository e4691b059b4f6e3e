package dev.foresight.embed.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VectorsTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("same direction, different length", new float[] {1, 2}, new float[] {2, 4}, 1.0),
                Arguments.of("opposite", new float[] {1, 0}, new float[] {-3, 0}, -1.0),
                Arguments.of("orthogonal", new float[] {1, 0}, new float[] {0, 5}, 0.0),
                Arguments.of("45 degrees", new float[] {1, 0}, new float[] {1, 1}, Math.sqrt(0.5)),
                Arguments.of("zero vector has no direction", new float[] {0, 0}, new float[] {1, 1}, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cosine(String name, float[] a, float[] b, double expected) {
        assertEquals(expected, Vectors.cosine(a, b), 1e-6);
    }

    @Test
    void rejectsDifferentDimensions() {
        assertThrows(IllegalArgumentException.class, () -> Vectors.cosine(new float[2], new float[3]));
    }
}

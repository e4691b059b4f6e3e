package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeasonalGapsTest {

    static Stream<Arguments> gaps() {
        double nan = Double.NaN;
        return Stream.of(
                Arguments.of("no gap", new double[] {1, 2, 3}, new double[] {1, 2, 3}),
                Arguments.of("inner gap is a straight line", new double[] {1, nan, nan, 4}, new double[] {1, 2, 3, 4}),
                Arguments.of("leading gap takes the first value", new double[] {nan, nan, 5, 6}, new double[] {5, 5, 5, 6}),
                Arguments.of("trailing gap takes the last value", new double[] {2, 3, nan}, new double[] {2, 3, 3}),
                Arguments.of("infinity counts as missing", new double[] {0, Double.POSITIVE_INFINITY, 2},
                        new double[] {0, 1, 2}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void fillsGaps(String name, double[] in, double[] expected) {
        assertArrayEquals(expected, SeasonalGaps.fill(in), 1e-12);
    }
}

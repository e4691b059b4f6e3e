package dev.foresight.predict.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegularGridTest {
    private static final double N = Double.NaN;

    static Stream<Arguments> spacings() {
        return Stream.of(
                Arguments.of("regular minute", new long[] {0, 60_000, 120_000, 180_000}, OptionalDouble.of(60)),
                Arguments.of("one late sample does not move the median", new long[] {0, 60_000, 125_000, 180_000, 240_000},
                        OptionalDouble.of(60)),
                Arguments.of("duplicate times are not a zero step", new long[] {0, 0, 30_000, 30_000, 60_000},
                        OptionalDouble.of(30)),
                Arguments.of("a single time has no spacing", new long[] {5}, OptionalDouble.empty()),
                Arguments.of("no times", new long[] {}, OptionalDouble.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spacings")
    void medianSpacing(String name, long[] times, OptionalDouble expected) {
        assertEquals(expected, RegularGrid.medianSpacingSeconds(times));
    }

    static Stream<Arguments> grids() {
        return Stream.of(
                Arguments.of("already regular", new long[] {0, 60_000, 120_000}, new double[] {1, 2, 3}, 10,
                        new double[] {1, 2, 3}),
                Arguments.of("a gap becomes missing points", new long[] {0, 60_000, 240_000}, new double[] {1, 2, 5}, 10,
                        new double[] {1, 2, N, N, 5}),
                Arguments.of("jitter rounds to the nearest slot", new long[] {0, 61_000, 119_000}, new double[] {1, 2, 3}, 10,
                        new double[] {1, 2, 3}),
                Arguments.of("the later of two in a slot wins", new long[] {0, 50_000, 60_000}, new double[] {1, 2, 3}, 10,
                        new double[] {1, 3}),
                Arguments.of("an unreported metric stays missing", new long[] {0, 60_000, 120_000},
                        new double[] {1, N, 3}, 10, new double[] {1, N, 3}),
                Arguments.of("only the latest slots are kept", new long[] {0, 60_000, 120_000, 180_000},
                        new double[] {1, 2, 3, 4}, 2, new double[] {3, 4}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grids")
    void resample(String name, long[] times, double[] values, int maxSlots, double[] expected) {
        assertArrayEquals(expected, RegularGrid.resample(times, values, 60, maxSlots), name);
    }

    @Test
    void theLastSlotIsTheLatestObservation() {
        double[] grid = RegularGrid.resample(new long[] {0, 30_000, 95_000}, new double[] {7, 8, 9}, 60, 10);
        assertArrayEquals(new double[] {7, 8, 9}, grid);
    }
}

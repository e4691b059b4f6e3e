package dev.foresight.predict.forecast.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.Forecaster;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForecasterSelectorTest {
    private final ForecasterSelector selector = ForecasterSelector.bestForHistory();

    static Stream<Arguments> histories() {
        return Stream.of(
                Arguments.of("one a minute, six hours", 60.0, 360, new int[0]),
                Arguments.of("one a minute, one point short of two days", 60.0, 2_879, new int[0]),
                Arguments.of("one a minute, two days", 60.0, 2_880, new int[] {1_440}),
                Arguments.of("five minutes, 2 000 points (~7 days)", 300.0, 2_000, new int[] {288}),
                Arguments.of("five minutes, two weeks", 300.0, 4_032, new int[] {288, 2_016}),
                Arguments.of("hourly, two weeks", 3_600.0, 336, new int[] {24, 168}),
                Arguments.of("hourly, 13 days", 3_600.0, 312, new int[] {24}),
                Arguments.of("daily, a month: weekly cycle only", 86_400.0, 30, new int[] {7}),
                Arguments.of("12 h, a month: a day is 2 steps", 43_200.0, 60, new int[] {2, 14}),
                Arguments.of("17 minutes: a day rounds to 85 steps (0.3 % off)", 1_020.0, 200,
                        new int[] {85}),
                Arguments.of("5 000 s: a day is 17.28 steps, too far from whole; the week is 121", 5_000.0, 1_000, new int[] {121}),
                Arguments.of("a week per step: no cycle", 604_800.0, 100, new int[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void periodsFollowTheStepAndTheHistory(String name, double step, int points, int[] expected) {
        assertArrayEquals(expected, ForecasterSelector.seasonalPeriods(step, points), name);
        Forecaster chosen = selector.select(step, points);
        if (expected.length == 0) {
            assertInstanceOf(DampedTrendForecaster.class, chosen, name);
        } else {
            assertInstanceOf(CombinedForecaster.class, chosen, name);
        }
    }

    @Test
    void aFixedChoiceIgnoresTheHistory() {
        Forecaster fixed = new DampedTrendForecaster();
        assertSame(fixed, ForecasterSelector.always(fixed).select(60, 100_000));
    }

    @Test
    void theChosenSeasonalForecasterFollowsADailyCycle() {
        int n = 3 * 288;
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 50 + 10 * Math.sin(2 * Math.PI * t / 288);
        }
        Forecast f = selector.select(300, n).forecast(y, 72);
        for (int i = 0; i < 72; i++) {
            assertEquals(50 + 10 * Math.sin(2 * Math.PI * (n + i) / 288), f.mean()[i], 0.5, "step " + (i + 1));
        }
    }

    @Test
    void describesTheChoice() {
        assertEquals("CombinedForecaster[24, 168]", selector.describe(3_600, 400));
        assertEquals("DampedTrendForecaster", selector.describe(60, 400));
    }

    @Test
    void rejectsANonPositiveStep() {
        assertThrows(IllegalArgumentException.class, () -> ForecasterSelector.seasonalPeriods(0, 100));
        assertThrows(IllegalArgumentException.class, () -> ForecasterSelector.seasonalPeriods(Double.NaN, 100));
    }
}

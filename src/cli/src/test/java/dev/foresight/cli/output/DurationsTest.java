package dev.foresight.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
    @ParameterizedTest(name = "{0} s reads {1}")
    @CsvSource({"0, 0s", "44.6, 45s", "60, 1m00s", "1170, 19m30s", "3660, 1h01m", "90000, 1d1h", "-1, -", "NaN, -"})
    void secondsAsAnOperatorReadsThem(double seconds, String expected) {
        assertEquals(expected, Durations.seconds(seconds));
    }
}

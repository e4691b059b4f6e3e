package dev.foresight.alertroute.am.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromDurationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, PT0S",
        "0s, PT0S",
        "1ms, PT0.001S",
        "30s, PT30S",
        "5m, PT5M",
        "4h, PT4H",
        "1d, PT24H",
        "1w, PT168H",
        "1y, PT8760H",
        "1h30m, PT1H30M",
        "1y2w3d4h5m6s7ms, PT9172H5M6.007S",
    })
    void parses(String text, String expected) {
        assertEquals(Duration.parse(expected), PromDuration.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5x", "1h1h", "1m1h", "5", "1.5h", "1W", "-5m", " 5m", "99999999999999999999y"})
    void refuses(String text) {
        assertEquals("not a valid duration string: \"" + text + "\"",
                assertThrows(ConfigException.class, () -> PromDuration.parse(text)).getMessage());
    }
}

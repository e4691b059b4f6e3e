package dev.foresight.monitortrigger.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigRulesTest {

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("http with port", "http://127.0.0.1:8082", null),
                Arguments.of("https with path", "https://predict.example/api", null),
                Arguments.of("no scheme", "127.0.0.1:8082", "k \"127.0.0.1:8082\" must be an absolute http(s) URL"),
                Arguments.of("ftp", "ftp://host/x", "k \"ftp://host/x\" must be an absolute http(s) URL"),
                Arguments.of("not a URI", "http://bad host", "k \"http://bad host\" must be an absolute http(s) URL"),
                Arguments.of("missing", null, "k \"null\" must be an absolute http(s) URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void httpUrl(String name, String value, String expected) {
        assertEquals(Optional.ofNullable(expected), ConfigRules.httpUrl("k", value));
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of("positive", Duration.ofSeconds(2), null),
                Arguments.of("zero", Duration.ZERO, "k \"PT0S\" must be a positive duration"),
                Arguments.of("negative", Duration.ofSeconds(-1), "k \"PT-1S\" must be a positive duration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void positive(String name, Duration value, String expected) {
        assertEquals(Optional.ofNullable(expected), ConfigRules.positive("k", value));
    }

    static Stream<Arguments> lockVersusTimeout() {
        return Stream.of(
                Arguments.of("ttl longer than timeout", Duration.ofMinutes(3), Duration.ofMinutes(2), null),
                Arguments.of("ttl equal to timeout", Duration.ofMinutes(2), Duration.ofMinutes(2),
                        "lock-ttl \"PT2M\" must be longer than cycle-timeout \"PT2M\""),
                Arguments.of("ttl shorter than timeout", Duration.ofSeconds(30), Duration.ofMinutes(2),
                        "lock-ttl \"PT30S\" must be longer than cycle-timeout \"PT2M\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockVersusTimeout")
    void longer(String name, Duration ttl, Duration timeout, String expected) {
        assertEquals(Optional.ofNullable(expected), ConfigRules.longer("lock-ttl", ttl, "cycle-timeout", timeout));
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("at the minimum", 1, null),
                Arguments.of("below the minimum", 0, "k \"0\" must be at least 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void atLeast(String name, int value, String expected) {
        assertEquals(Optional.ofNullable(expected), ConfigRules.atLeast("k", value, 1));
    }
}

package dev.foresight.embed.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmbedConfigValidatorTest {

    record Search(int defaultK, int maxK, int candidates, int fusionK) implements EmbedConfig.Search {}

    record Patterns(double defaultThreshold, int maxTexts) implements EmbedConfig.Patterns {}

    record Config(int maxTexts, int maxTextLength, Duration cacheTtl, EmbedConfig.Search search,
                  EmbedConfig.Patterns patterns) implements EmbedConfig {}

    static Config defaults() {
        return new Config(64, 8000, Duration.ofDays(7), new Search(5, 50, 100, 60), new Patterns(0.75, 256));
    }

    static Stream<Arguments> cases() {
        Config d = defaults();
        return Stream.of(
                Arguments.of("defaults are valid", d, List.of()),
                Arguments.of("no texts per request",
                        new Config(0, 8000, d.cacheTtl(), d.search(), d.patterns()),
                        List.of("foresight.embed.max-texts must be between 1 and 1024, was \"0\"")),
                Arguments.of("huge batch",
                        new Config(5000, 8000, d.cacheTtl(), d.search(), d.patterns()),
                        List.of("foresight.embed.max-texts must be between 1 and 1024, was \"5000\"")),
                Arguments.of("zero text length",
                        new Config(64, 0, d.cacheTtl(), d.search(), d.patterns()),
                        List.of("foresight.embed.max-text-length must be at least 1, was \"0\"")),
                Arguments.of("zero ttl",
                        new Config(64, 8000, Duration.ZERO, d.search(), d.patterns()),
                        List.of("foresight.embed.cache-ttl must be a positive duration, was \"PT0S\"")),
                Arguments.of("default k above max k",
                        new Config(64, 8000, d.cacheTtl(), new Search(60, 50, 100, 60), d.patterns()),
                        List.of("foresight.embed.search.default-k must be between 1 and search.max-k (50), was \"60\"")),
                Arguments.of("max k zero makes default k invalid too",
                        new Config(64, 8000, d.cacheTtl(), new Search(5, 0, 100, 60), d.patterns()),
                        List.of("foresight.embed.search.max-k must be at least 1, was \"0\"",
                                "foresight.embed.search.default-k must be between 1 and search.max-k (0), was \"5\"")),
                Arguments.of("fewer candidates than max k",
                        new Config(64, 8000, d.cacheTtl(), new Search(5, 50, 20, 60), d.patterns()),
                        List.of("foresight.embed.search.candidates must be at least search.max-k (50), was \"20\"")),
                Arguments.of("fusion k zero",
                        new Config(64, 8000, d.cacheTtl(), new Search(5, 50, 100, 0), d.patterns()),
                        List.of("foresight.embed.search.fusion-k must be at least 1, was \"0\"")),
                Arguments.of("threshold zero",
                        new Config(64, 8000, d.cacheTtl(), d.search(), new Patterns(0, 256)),
                        List.of("foresight.embed.patterns.default-threshold must be in (0, 1], was \"0.0\"")),
                Arguments.of("threshold NaN",
                        new Config(64, 8000, d.cacheTtl(), d.search(), new Patterns(Double.NaN, 256)),
                        List.of("foresight.embed.patterns.default-threshold must be in (0, 1], was \"NaN\"")),
                Arguments.of("no texts per pattern request",
                        new Config(64, 8000, d.cacheTtl(), d.search(), new Patterns(0.5, 0)),
                        List.of("foresight.embed.patterns.max-texts must be at least 1, was \"0\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachProblemWithTheQuotedValue(String name, EmbedConfig config, List<String> expected) {
        assertEquals(expected, EmbedConfigValidator.problems(config));
    }
}

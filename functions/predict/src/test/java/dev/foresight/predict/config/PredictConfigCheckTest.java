package dev.foresight.predict.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PredictConfigCheckTest {

    static PredictConfig mapped(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PredictConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(PredictConfig.class);
    }

    @Test
    void theDefaultsAreValid() {
        assertEquals(List.of(), PredictConfigCheck.problems(mapped(Map.of())));
    }

    static Stream<Arguments> broken() {
        String p = "foresight.predict.";
        return Stream.of(
                Arguments.of(Map.of(p + "anomaly.threshold", "1.5"),
                        "foresight.predict.anomaly.threshold = \"1.5\" must be within (0, 1]"),
                Arguments.of(Map.of(p + "failure.warn-at", "0.4"),
                        "foresight.predict.failure.warn-at = \"0.4\" must be within [0.5, 1]"),
                Arguments.of(Map.of(p + "cascade.min-confidence", "0"),
                        "foresight.predict.cascade.min-confidence = \"0.0\" must be within (0, 1]"),
                Arguments.of(Map.of(p + "min-points", "2", p + "anomaly.recent-points", "1"),
                        "foresight.predict.min-points = \"2\" must be at least 3"),
                Arguments.of(Map.of(p + "max-points", "5"),
                        "foresight.predict.max-points = \"5\" must be at least min-points (8)"),
                Arguments.of(Map.of(p + "default-horizon-seconds", "700000"),
                        "foresight.predict.default-horizon-seconds = \"700000\" must be within (0, max-horizon-seconds = 604800]"),
                Arguments.of(Map.of(p + "anomaly.recent-points", "8"),
                        "foresight.predict.anomaly.recent-points = \"8\" must be within [1, min-points = 8)"),
                Arguments.of(Map.of(p + "cache.ttl", "PT0S"), "foresight.predict.cache.ttl = \"PT0S\" must be positive"),
                Arguments.of(Map.of(p + "listing.default-limit", "900"),
                        "foresight.predict.listing.default-limit = \"900\" must be within [1, listing.max-limit = 500]"),
                Arguments.of(Map.of(p + "batch.max-requests", "0"),
                        "foresight.predict.batch.max-requests = \"0\" must be at least 1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("broken")
    void namesThePropertyAndQuotesTheValue(Map<String, String> properties, String message) {
        assertEquals(List.of(message), PredictConfigCheck.problems(mapped(properties)));
    }
}

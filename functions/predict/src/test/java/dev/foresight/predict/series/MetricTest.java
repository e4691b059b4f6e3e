package dev.foresight.predict.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricTest {
    @ParameterizedTest(name = "{0} formats {1} as \"{2}\"")
    @CsvSource({
        "latency_ms, 612.4, 612 ms",
        "error_rate, 0.072, 7.2 %",
        "cpu, 0.9, 90.0 %",
        "memory, 0.25, 25.0 %",
    })
    void formatsForHumans(String key, double value, String expected) {
        assertEquals(expected, Metric.fromKey(key).orElseThrow().format(value));
    }

    @ParameterizedTest(name = "\"{0}\" is not a metric")
    @CsvSource({"latency", "LATENCY_MS", "disk"})
    void unknownKeys(String key) {
        assertEquals(Optional.empty(), Metric.fromKey(key));
    }
}

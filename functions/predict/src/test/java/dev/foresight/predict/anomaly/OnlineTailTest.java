package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnlineTailTest {

    @ParameterizedTest(name = "z = {0}")
    @ValueSource(doubles = {-3, 0, 1, 2.5, 5, 7.9})
    void matchesTheNormalTail(double z) {
        double expected = -Math.log10(1 - new NormalDistribution().cumulativeProbability(z));
        if (z < 6) {
            assertEquals(expected, OnlineTail.surprise(z), 1e-6);
        }
        assertTrue(OnlineTail.surprise(z) >= 0);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({"7.9, 8.1", "8.1, 20", "20, 40", "40, 1e6"})
    void growsPastTheRangeOfErfc(double lower, double higher) {
        assertTrue(OnlineTail.surprise(lower) < OnlineTail.surprise(higher));
        assertTrue(Double.isFinite(OnlineTail.surprise(higher)));
    }
}

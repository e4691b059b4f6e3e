package dev.foresight.alertroute.am.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelSetsTest {
    /** Fingerprints read back from a real Alertmanager 0.25 (POST then GET /api/v2/alerts). */
    static Stream<Arguments> fingerprints() {
        return Stream.of(
                Arguments.of(Map.of("alertname", "HighLatency", "service", "db", "severity", "critical"), "52abb4dd02d696b5"),
                Arguments.of(Map.of("alertname", "x"), "d240efc3896bf266"),
                Arguments.of(Map.of("a", "1", "b", "é☃"), "a9aee3ca0dc43652"),
                // no labels: FNV-1a's offset basis, nothing hashed
                Arguments.of(Map.of(), "cbf29ce484222325"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fingerprints")
    void fingerprintIsAlertmanagers(Map<String, String> labels, String expected) {
        assertEquals(expected, LabelSets.fingerprint(labels));
    }

    @Test
    void fingerprintSeparatesNamesFromValues() {
        assertFalse(LabelSets.fingerprint(Map.of("ab", "c")).equals(LabelSets.fingerprint(Map.of("a", "bc"))));
    }

    @Test
    void printsLikeModelLabelSet() {
        assertEquals("{a=\"1\", b=\"2\"}", LabelSets.toString(Map.of("b", "2", "a", "1")));
        assertEquals("{}", LabelSets.toString(Map.of()));
        assertEquals("{q=\"say \\\"x\\\"\"}", LabelSets.toString(Map.of("q", "say \"x\"")));
    }

    @Test
    void sortsThePrintedPairsNotTheNames() {
        // Go sorts "a0=..." before "a=..." because '0' < '='
        assertEquals("{a0=\"2\", a=\"1\"}", LabelSets.toString(Map.of("a", "1", "a0", "2")));
    }

    @Test
    void labelNamesFollowPrometheus() {
        assertTrue(LabelNames.isValid("_a1"));
        assertFalse(LabelNames.isValid("1a"));
        assertFalse(LabelNames.isValid("a-b"));
        assertFalse(LabelNames.isValid(""));
    }
}

package dev.foresight.alertroute.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprintTest {
    private static final Map<String, String> LABELS = Map.of("region", "eu", "metric", "latency_ms");

    @Test
    void labelOrderDoesNotMatter() {
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("a", "1");
        forward.put("b", "2");
        forward.put("c", "3");
        Map<String, String> backward = new LinkedHashMap<>();
        backward.put("c", "3");
        backward.put("b", "2");
        backward.put("a", "1");
        assertEquals(Fingerprint.of("failure", "checkout", forward), Fingerprint.of("failure", "checkout", backward));
    }

    @Test
    void isSixtyFourHexDigits() {
        String fingerprint = Fingerprint.of("failure", "checkout", LABELS);
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, Fingerprint.of("failure", "checkout", Map.copyOf(LABELS)));
    }

    static Stream<Arguments> differences() {
        return Stream.of(
                Arguments.of("another type", "cascade", "checkout", LABELS),
                Arguments.of("another service", "failure", "payments", LABELS),
                Arguments.of("another label value", "failure", "checkout", Map.of("region", "us", "metric", "latency_ms")),
                Arguments.of("one label fewer", "failure", "checkout", Map.of("region", "eu")),
                Arguments.of("no labels", "failure", "checkout", Map.of()),
                Arguments.of("parts shifted between fields", "failurec", "heckout", LABELS));
    }

    @ParameterizedTest(name = "{0} changes the fingerprint")
    @MethodSource("differences")
    void anyDifferenceChangesIt(String name, String type, String service, Map<String, String> labels) {
        assertNotEquals(Fingerprint.of("failure", "checkout", LABELS), Fingerprint.of(type, service, labels));
    }

    @Test
    void aLabelCannotImitateAnother() {
        assertNotEquals(Fingerprint.of("t", "s", Map.of("a", "b;1:c")), Fingerprint.of("t", "s", Map.of("a", "b", "c", "")));
    }
}

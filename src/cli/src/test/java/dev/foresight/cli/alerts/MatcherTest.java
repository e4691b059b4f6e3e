package dev.foresight.cli.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MatcherTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            service=checkout            ; service  ; checkout      ; false ; true
            service!=checkout           ; service  ; checkout      ; false ; false
            severity=~"high|critical"   ; severity ; high|critical ; true  ; true
            type!~anomaly.*             ; type     ; anomaly.*     ; true  ; false
            summary="a=b"               ; summary  ; a=b           ; false ; true
            """)
    void amtoolSyntax(String text, String name, String value, boolean regex, boolean equal) {
        assertEquals(new Matcher(name, value, regex, equal), Matcher.parse(text));
    }

    @Test
    void theApiShapeIsAlertmanagersV2Matcher() {
        assertEquals("{\"name\":\"service\",\"value\":\"checkout\",\"isRegex\":false,\"isEqual\":false}",
                Matcher.parse("service!=checkout").toJson().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkout", "=checkout", "1bad=x", "my-label=x"})
    void notAMatcher(String text) {
        assertThrows(IllegalArgumentException.class, () -> Matcher.parse(text));
    }

    @Test
    void durationsAsAmtoolWritesThem() {
        assertEquals(Duration.ofMinutes(90), SilenceDuration.parse("1h30m"));
        assertEquals(Duration.ofDays(9), SilenceDuration.parse("1w2d"));
        assertThrows(IllegalArgumentException.class, () -> SilenceDuration.parse("90"));
        assertThrows(IllegalArgumentException.class, () -> SilenceDuration.parse("0h"));
    }
}

package dev.foresight.cli.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.cli.http.Json;
import dev.foresight.cli.output.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertLineTest {
    private static final String ALERT = """
            {"id":7,"type":"failure","service":"checkout","severity":"%s","summary":"latency over SLO",
             "confidence":0.91,"timeToFailureSeconds":55,"lastSeenAt":"2026-12-02T13:00:00Z"}""";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            critical | '\u001B[31m'
            high     | '\u001B[33m'
            warning  | '\u001B[33m'
            medium   | ''
            info     | ''
            """)
    void coloursFollowSeverityOnATerminal(String severity, String colour) {
        String line = AlertLine.format(Json.parse(ALERT.formatted(severity)), new Palette(true));
        String plain = "2026-12-02T13:00:00Z  " + String.format("%-8s", severity.toUpperCase())
                + "  checkout  failure  in 55s  p=0.91  #7  latency over SLO";
        assertEquals(colour.isEmpty() ? plain : colour + plain + "\u001B[0m", line);
    }

    @ParameterizedTest
    @CsvSource({"critical", "high"})
    void noColourWhenDisabled(String severity) {
        String line = AlertLine.format(Json.parse(ALERT.formatted(severity)), new Palette(false));
        assertEquals(-1, line.indexOf('\u001B'));
    }
}

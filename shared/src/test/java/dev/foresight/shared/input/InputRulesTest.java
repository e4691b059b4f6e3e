package dev.foresight.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputRulesTest {
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("a plain name", "checkout", null),
                Arguments.of("absent", null, InputRules.REQUIRED),
                Arguments.of("empty", "", InputRules.BLANK),
                Arguments.of("ASCII spaces", "   ", InputRules.BLANK),
                Arguments.of("non-breaking spaces", "\u00A0\u00A0", InputRules.BLANK),
                Arguments.of("ideographic and thin spaces", "\u3000\u2009", InputRules.BLANK),
                Arguments.of("zero-width space and BOM", "\u200B\uFEFF", InputRules.BLANK),
                Arguments.of("NUL", "a\u0000b", InputRules.NUL),
                Arguments.of("a tab in a name", "a\tb", InputRules.CONTROL_ONE_LINE),
                Arguments.of("a line break in a name", "a\nb", InputRules.CONTROL_ONE_LINE),
                Arguments.of("DEL", "a\u007Fb", InputRules.CONTROL_ONE_LINE),
                Arguments.of("a C1 control", "a\u0085b", InputRules.CONTROL_ONE_LINE),
                Arguments.of("an unpaired surrogate", "a\uD800b", InputRules.SURROGATE),
                Arguments.of("a paired surrogate (emoji)", "a\uD83D\uDE00b", null),
                Arguments.of("too long", "x".repeat(11), "must be at most 10 characters"),
                Arguments.of("ten emoji are ten characters", "\uD83D\uDE00".repeat(10), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void lineRules(String name, String value, String rule) {
        assertEquals(Optional.ofNullable(rule), InputRules.line(value, 10));
    }

    static Stream<Arguments> freeTexts() {
        return Stream.of(
                Arguments.of("lines and tabs are text", "first\n\tsecond\r\n", null),
                Arguments.of("NUL is never text", "a\u0000", InputRules.NUL),
                Arguments.of("a bell is not text", "a\u0007", InputRules.CONTROL),
                Arguments.of("line breaks only", "\n\n", InputRules.BLANK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTexts")
    void freeTextRules(String name, String value, String rule) {
        assertEquals(Optional.ofNullable(rule), InputRules.freeText(value, 100));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("inside", 0.5, null),
                Arguments.of("absent is not this rule's concern", null, null),
                Arguments.of("NaN", Double.NaN, InputRules.FINITE),
                Arguments.of("infinity", Double.POSITIVE_INFINITY, InputRules.FINITE),
                Arguments.of("below", -0.1, "must be between 0 and 1"),
                Arguments.of("above", 1.5, "must be between 0 and 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void numberRules(String name, Double value, String rule) {
        assertEquals(Optional.ofNullable(rule), InputRules.number(value, 0, 1));
    }

    static Stream<Arguments> timestamps() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        return Stream.of(
                Arguments.of("now", now, null),
                Arguments.of("epoch zero (seconds read as millis)", Instant.EPOCH, "must not be before 2000-01-01T00:00:00Z"),
                Arguments.of("a minute ahead", now.plusSeconds(60), null),
                Arguments.of("a day ahead", now.plus(Duration.ofDays(1)), "must not be more than 300 s in the future"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestamps")
    void timestampRules(String name, Instant value, String rule) {
        assertEquals(Optional.ofNullable(rule), InputRules.timestamp(value, Instant.parse("2026-06-01T00:00:00Z"), Duration.ofMinutes(5)));
    }

    static Stream<Arguments> jsonValues() {
        Object deep = "leaf";
        for (int i = 0; i < 5; i++) {
            deep = Map.of("k", deep);
        }
        return Stream.of(
                Arguments.of("flat metadata", Map.of("team", "payments", "count", 3), null),
                Arguments.of("NUL in a nested value", Map.of("owner", Map.of("team", "a\u0000")),
                        new InputRules.Violation("metadata.owner.team", InputRules.NUL)),
                Arguments.of("a control character in a key", Map.of("a\u0001", "x"),
                        new InputRules.Violation("metadata", "keys " + InputRules.CONTROL_ONE_LINE)),
                Arguments.of("NBSP-only key", Map.of("\u00A0", "x"), new InputRules.Violation("metadata", "keys " + InputRules.BLANK)),
                Arguments.of("too deep", deep, new InputRules.Violation("metadata.k.k.k.k", "must not nest deeper than 3 levels")),
                Arguments.of("too many entries in a list", Map.of("l", List.of(1, 2, 3, 4, 5)),
                        new InputRules.Violation("metadata.l", "must hold at most 4 entries, had 5")),
                Arguments.of("NaN", List.of(Double.NaN), new InputRules.Violation("metadata[0]", InputRules.FINITE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonValues")
    void jsonValueRules(String name, Object value, InputRules.Violation violation) {
        assertEquals(Optional.ofNullable(violation), InputRules.jsonValue("metadata", value, 3, 4, 100));
    }
}

package dev.foresight.alertroute.am.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatcherTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("equal matches", new Matcher("a", Matcher.Type.EQUAL, "x"), Map.of("a", "x"), true),
                Arguments.of("equal differs", new Matcher("a", Matcher.Type.EQUAL, "x"), Map.of("a", "y"), false),
                Arguments.of("absent label equals empty", new Matcher("a", Matcher.Type.EQUAL, ""), Map.of(), true),
                Arguments.of("absent label is not x", new Matcher("a", Matcher.Type.NOT_EQUAL, "x"), Map.of(), true),
                Arguments.of("not-equal on same value", new Matcher("a", Matcher.Type.NOT_EQUAL, "x"), Map.of("a", "x"), false),
                Arguments.of("regex is anchored at the end", new Matcher("a", Matcher.Type.REGEX, "foo"), Map.of("a", "foobar"), false),
                Arguments.of("regex is anchored at the start", new Matcher("a", Matcher.Type.REGEX, "bar"), Map.of("a", "foobar"), false),
                Arguments.of("regex alternation anchored as a group", new Matcher("a", Matcher.Type.REGEX, "x|foo"), Map.of("a", "foobar"), false),
                Arguments.of("regex full match", new Matcher("a", Matcher.Type.REGEX, "foo.*"), Map.of("a", "foobar"), true),
                Arguments.of("regex .* matches an absent label", new Matcher("a", Matcher.Type.REGEX, ".*"), Map.of(), true),
                Arguments.of("regex .+ needs a value", new Matcher("a", Matcher.Type.REGEX, ".+"), Map.of(), false),
                Arguments.of("dot does not cross a newline", new Matcher("a", Matcher.Type.REGEX, "a.b"), Map.of("a", "a\nb"), false),
                Arguments.of("not-regex excludes", new Matcher("a", Matcher.Type.NOT_REGEX, "crit.*"), Map.of("a", "critical"), false),
                Arguments.of("not-regex keeps others", new Matcher("a", Matcher.Type.NOT_REGEX, "crit.*"), Map.of("a", "warning"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matches(String name, Matcher m, Map<String, String> labels, boolean expected) {
        assertEquals(expected, m.matches(labels));
    }

    @Test
    void printsLikeAlertmanager() {
        assertEquals("severity=~\"crit.*\"", new Matcher("severity", Matcher.Type.REGEX, "crit.*").toString());
        assertEquals("a!=\"say \\\"hi\\\"\\n\"", new Matcher("a", Matcher.Type.NOT_EQUAL, "say \"hi\"\n").toString());
        assertEquals("a!~\"\"", new Matcher("a", Matcher.Type.NOT_REGEX, "").toString());
    }

    @Test
    void aBadRegexIsRefusedWithTheMatcherInTheMessage() {
        MatcherException e = assertThrows(MatcherException.class,
                () -> new Matcher("severity", Matcher.Type.REGEX, "("));
        assertTrue(e.getMessage().startsWith("bad matcher 'severity=~\"(\"': error parsing regexp: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("`^(?:()$`"), e.getMessage());
    }

    @Test
    void operatorsRoundTrip() {
        for (Matcher.Type t : Matcher.Type.values()) {
            assertEquals(t, Matcher.Type.of(t.operator()));
        }
        assertThrows(MatcherException.class, () -> Matcher.Type.of("=="));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(Matcher.regex("a", "b.*"), new Matcher("a", Matcher.Type.REGEX, "b.*"));
        assertFalse(Matcher.regex("a", "b").equals(Matcher.equal("a", "b")));
    }
}

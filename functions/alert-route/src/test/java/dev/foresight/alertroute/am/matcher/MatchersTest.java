package dev.foresight.alertroute.am.matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.matcher.Matcher.Type;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cases from Alertmanager's pkg/labels/parse_test.go, plus a few of our own. */
class MatchersTest {
    private static Matcher m(String name, Type type, String value) {
        return new Matcher(name, type, value);
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("{foo=\"bar\"}", List.of(m("foo", Type.EQUAL, "bar"))),
                Arguments.of("{foo=~\"bar.*\"}", List.of(m("foo", Type.REGEX, "bar.*"))),
                Arguments.of("{foo!=\"bar\"}", List.of(m("foo", Type.NOT_EQUAL, "bar"))),
                Arguments.of("{foo!~\"bar.*\"}", List.of(m("foo", Type.NOT_REGEX, "bar.*"))),
                Arguments.of("{foo=\"bar\", baz!=\"quux\"}", List.of(m("foo", Type.EQUAL, "bar"), m("baz", Type.NOT_EQUAL, "quux"))),
                Arguments.of("{foo=\"bar\", baz!~\"quux.*\"}", List.of(m("foo", Type.EQUAL, "bar"), m("baz", Type.NOT_REGEX, "quux.*"))),
                Arguments.of("{foo=\"bar\",baz!~\".*quux\", derp=\"wat\"}",
                        List.of(m("foo", Type.EQUAL, "bar"), m("baz", Type.NOT_REGEX, ".*quux"), m("derp", Type.EQUAL, "wat"))),
                Arguments.of("{foo=\"bar\", instance=~\"some-api.*\"}",
                        List.of(m("foo", Type.EQUAL, "bar"), m("instance", Type.REGEX, "some-api.*"))),
                Arguments.of("{foo=\"\"}", List.of(m("foo", Type.EQUAL, ""))),
                Arguments.of("{foo=\"bar,quux\", job=\"job1\"}", List.of(m("foo", Type.EQUAL, "bar,quux"), m("job", Type.EQUAL, "job1"))),
                Arguments.of("{foo = \"bar\", dings != \"bums\", }", List.of(m("foo", Type.EQUAL, "bar"), m("dings", Type.NOT_EQUAL, "bums"))),
                Arguments.of("foo=bar,dings!=bums", List.of(m("foo", Type.EQUAL, "bar"), m("dings", Type.NOT_EQUAL, "bums"))),
                Arguments.of("{quote=\"She said: \\\"Hi, ladies! That's gender-neutral…\\\"\"}",
                        List.of(m("quote", Type.EQUAL, "She said: \"Hi, ladies! That's gender-neutral…\""))),
                Arguments.of("statuscode=~\"5..\"", List.of(m("statuscode", Type.REGEX, "5.."))),
                Arguments.of("tags=~\"^[a-z]+$\"", List.of(m("tags", Type.REGEX, "^[a-z]+$"))),
                Arguments.of("{foo=~\"invalid[regexp\"}".replace("invalid[regexp", "valid[r]egexp"),
                        List.of(m("foo", Type.REGEX, "valid[r]egexp"))),
                Arguments.of("{foo=\"bar}\"}", List.of(m("foo", Type.EQUAL, "bar}"))),
                Arguments.of("{foo=\"bar\\\\\"}", List.of(m("foo", Type.EQUAL, "bar\\"))),
                Arguments.of("{foo=\"new\\nline\"}", List.of(m("foo", Type.EQUAL, "new\nline"))),
                Arguments.of("{foo=\"spurious\\xescape\"}", List.of(m("foo", Type.EQUAL, "spurious\\xescape"))),
                Arguments.of("trailing=backslash\\", List.of(m("trailing", Type.EQUAL, "backslash\\"))),
                Arguments.of("  a:b  =  c d  ", List.of(m("a:b", Type.EQUAL, "c d"))),
                Arguments.of("empty=", List.of(m("empty", Type.EQUAL, ""))),
                Arguments.of("{}", List.of()),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parses(String input, List<Matcher> expected) {
        assertEquals(expected, Matchers.parse(input));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("a", "bad matcher format: a"),
                Arguments.of("{foo=\"bar\",,baz=\"q\"}", "bad matcher format: "),
                Arguments.of("1a=b", "bad matcher format: 1a=b"),
                Arguments.of("{foo=\"bar}", "matcher value contains unescaped double quote: \"bar"),
                Arguments.of("foo=\"ba\"r\"", "matcher value contains unescaped double quote: \"ba\"r\""),
                Arguments.of("foo=ba\"r", "matcher value contains unescaped double quote: ba\"r"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refuses(String input, String message) {
        assertEquals(message, assertThrows(MatcherException.class, () -> Matchers.parse(input)).getMessage());
    }

    @Test
    void aBadRegexNamesTheMatcher() {
        String message = assertThrows(MatcherException.class, () -> Matchers.parse("severity=~\"(\"")).getMessage();
        assertTrue(message.startsWith("bad matcher 'severity=~\"(\"': error parsing regexp: "), message);
    }

    @Test
    void parseOneTakesExactlyOne() {
        assertEquals(m("env", Type.EQUAL, "prod"), Matchers.parseOne("env=prod"));
        assertThrows(MatcherException.class, () -> Matchers.parseOne("{env=prod}"));
    }

    @Test
    void matchAllNeedsEveryMatcher() {
        List<Matcher> ms = Matchers.parse("{severity=~\"crit.*\", team!=\"ops\"}");
        assertTrue(Matchers.matchAll(ms, Map.of("severity", "critical", "team", "db")));
        assertFalse(Matchers.matchAll(ms, Map.of("severity", "critical", "team", "ops")));
        assertTrue(Matchers.matchAll(List.of(), Map.of()));
    }

    @Test
    void printsSortedByNameThenValueThenOperator() {
        List<Matcher> ms = List.of(m("b", Type.EQUAL, "1"), m("a", Type.NOT_REGEX, "x"), m("a", Type.EQUAL, "x"),
                m("a", Type.EQUAL, "w"));
        assertEquals("{a=\"w\",a=\"x\",a!~\"x\",b=\"1\"}", Matchers.toString(ms));
        assertEquals("{}", Matchers.toString(List.of()));
    }
}

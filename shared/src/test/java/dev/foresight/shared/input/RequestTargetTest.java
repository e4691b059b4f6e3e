package dev.foresight.shared.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestTargetTest {
    private static final String ESCAPES = "must use valid percent-escapes (%XX) of UTF-8";

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("plain", "/services/checkout", "limit=5", null),
                Arguments.of("an encoded space and slash", "/services/a%20b%2Fc", "q=a+b%20c", null),
                Arguments.of("UTF-8 text", "/memories/search", "q=caf%C3%A9", null),
                Arguments.of("a cut escape in the path", "/services/%4", null, new InputRules.Violation("path", ESCAPES)),
                Arguments.of("a non-hex escape", "/services/%zz", null, new InputRules.Violation("path", ESCAPES)),
                Arguments.of("an escape that is not UTF-8", "/services/%C3", null, new InputRules.Violation("path", ESCAPES)),
                Arguments.of("NUL in the path", "/services/a%00", null, new InputRules.Violation("path", InputRules.NUL)),
                Arguments.of("NUL in a query value", "/snapshots", "service=a%00b",
                        new InputRules.Violation("query.service", InputRules.NUL)),
                Arguments.of("a line break in a query value", "/snapshots", "service=a%0Ab",
                        new InputRules.Violation("query.service", InputRules.CONTROL_ONE_LINE)),
                Arguments.of("a bad escape in a query name", "/snapshots", "%G0=1", new InputRules.Violation("query", ESCAPES)),
                Arguments.of("a bad escape in a query value", "/memories/search", "q=%",
                        new InputRules.Violation("query.q", ESCAPES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void check(String name, String path, String query, InputRules.Violation expected) {
        assertEquals(Optional.ofNullable(expected), RequestTarget.check(path, query));
    }
}

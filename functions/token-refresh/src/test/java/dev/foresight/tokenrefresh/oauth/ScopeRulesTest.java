package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeRulesTest {
    private static final Scope ALLOWED = Scope.parse("fleet:write monitor:write predict:write");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "omitted grants everything allowed  | NONE                       | fleet:write monitor:write predict:write",
        "one allowed scope                  | monitor:write              | monitor:write",
        "subset in any order                | predict:write fleet:write  | fleet:write predict:write",
        "extra spaces are tolerated         | '  fleet:write   monitor:write ' | fleet:write monitor:write",
        "the full set                       | fleet:write monitor:write predict:write | fleet:write monitor:write predict:write",
    })
    void narrows(String name, String requested, String granted) {
        assertEquals(granted, ScopeRules.narrow(Optional.ofNullable(requested), ALLOWED).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "scope not allowed             | clients:admin                  | 'scope ''clients:admin'' is not granted to this client'",
        "one of two not allowed        | fleet:write alerts:write       | 'scope ''alerts:write'' is not granted to this client'",
        "several not allowed, all named| memory:write alerts:write      | 'scope ''alerts:write'', ''memory:write'' is not granted to this client'",
        "malformed token               | 'fleet:write bad\"quote'       | scope must be space-separated tokens of the characters RFC 6749 section 3.3 allows",
    })
    void refuses(String name, String requested, String message) {
        OAuthException refused = assertThrows(OAuthException.class, () -> ScopeRules.narrow(Optional.of(requested), ALLOWED));
        assertEquals(OAuthError.INVALID_SCOPE, refused.error());
        assertEquals(message, refused.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nothing in common  | alerts:write   | ''",
        "partial overlap    | fleet:write alerts:write | fleet:write",
        "same set           | fleet:write monitor:write predict:write | fleet:write monitor:write predict:write",
    })
    void intersects(String name, String other, String expected) {
        assertEquals(expected, ALLOWED.intersect(Scope.parse(other)).toString());
    }
}

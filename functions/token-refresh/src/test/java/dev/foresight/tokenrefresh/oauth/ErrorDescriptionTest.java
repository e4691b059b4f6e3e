package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorDescriptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"say \"hi\"", "back\\slash", "nul\u0000here", "tab\tand\nnewline", "caf\u00e9 \u00a7 \u2028 \uD83D\uDE00", "\u007f del"})
    @DisplayName("only %x20-21 / %x23-5B / %x5D-7E leave (RFC 6749 §5.2)")
    void onlyAllowedCharacters(String text) {
        String description = ErrorDescription.of(text);
        assertTrue(ErrorDescription.allowed(description), description);
    }

    @Test
    void quotesBecomeApostrophesAndBackslashesSlashes() {
        assertEquals("say 'hi' a/b", ErrorDescription.of("say \"hi\" a\\b"));
        assertEquals("RFC 6749 section 3.3", ErrorDescription.of("RFC 6749 \u00a73.3"));
    }

    @Test
    void lengthIsBounded() {
        String description = ErrorDescription.of("x".repeat(100_000));
        assertEquals(ErrorDescription.MAX_LENGTH, description.length());
        assertTrue(description.endsWith("..."));
    }

    @Test
    void quotedValuesAreCutAndSanitised() {
        assertEquals("'ab?c'", ErrorDescription.quote("ab\u0000c"));
        String quoted = ErrorDescription.quote("y".repeat(10_000));
        assertEquals(ErrorDescription.MAX_QUOTED + 2, quoted.length());
        assertEquals("''", ErrorDescription.quote(null));
    }

    @Test
    @DisplayName("every OAuthException carries a sanitised description, whatever it was built from")
    void exceptionsAreSanitised() {
        OAuthException refused = OAuthException.invalidRequest("bad \"value\" \u0000" + "z".repeat(500));
        assertTrue(ErrorDescription.allowed(refused.getMessage()));
        assertTrue(refused.getMessage().length() <= ErrorDescription.MAX_LENGTH);
    }

    @Test
    void scopeRefusalsNameAtMostFiveBoundedValues() {
        Scope allowed = Scope.parse("fleet:write");
        String many = String.join(" ", java.util.stream.IntStream.range(0, 30_000).mapToObj(i -> "s" + i).toList());
        OAuthException refused = org.junit.jupiter.api.Assertions.assertThrows(OAuthException.class,
                () -> ScopeRules.narrow(java.util.Optional.of(many), allowed));
        assertTrue(refused.getMessage().length() <= ErrorDescription.MAX_LENGTH, refused.getMessage());
        assertTrue(refused.getMessage().contains("more"), refused.getMessage());
    }

    @Test
    void repeatedParameterNameIsBounded() {
        OAuthException refused = org.junit.jupiter.api.Assertions.assertThrows(OAuthException.class,
                () -> TokenRequest.parse(Map.of("\"" + "n".repeat(1000), List.of("a", "b"))));
        assertTrue(ErrorDescription.allowed(refused.getMessage()));
        assertTrue(refused.getMessage().length() < 100, refused.getMessage());
    }
}

package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormBodyTest {

    @Test
    void decodesPairsAndKeepsRepeats() {
        Map<String, List<String>> form = FormBody.parse("grant_type=client_credentials&scope=a%3Aw+b&scope=c&flag");
        assertEquals(List.of("client_credentials"), form.get("grant_type"));
        assertEquals(List.of("a:w b", "c"), form.get("scope"));
        assertEquals(List.of(""), form.get("flag"));
    }

    @Test
    void emptyBodyIsAnEmptyForm() {
        assertTrue(FormBody.parse("").isEmpty());
        assertTrue(FormBody.parse(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_id=%", "client_id=%G1", "scope=a%2", "%zz=1"})
    void malformedEscapeIsInvalidRequest(String body) {
        OAuthException refused = assertThrows(OAuthException.class, () -> FormBody.parse(body));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
    }
}

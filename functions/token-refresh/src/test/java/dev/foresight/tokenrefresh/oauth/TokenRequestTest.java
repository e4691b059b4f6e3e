package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenRequestTest {

    @Test
    @DisplayName("a parameter without a value counts as omitted (RFC 6749 §3.2)")
    void emptyValuesAreOmitted() {
        TokenRequest request = TokenRequest.parse(Map.of("grant_type", List.of("client_credentials"), "scope", List.of("")));
        assertFalse(request.get("scope").isPresent());
        assertEquals("client_credentials", request.require("grant_type"));
    }

    @Test
    @DisplayName("a repeated parameter is an invalid_request naming it")
    void repeatedParameterIsRefused() {
        OAuthException refused = assertThrows(OAuthException.class,
                () -> TokenRequest.parse(Map.of("scope", List.of("fleet:write", "clients:admin"))));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
        assertEquals("parameter 'scope' must not be repeated", refused.getMessage());
    }

    @Test
    @DisplayName("a repeat of an empty value is not a repeat")
    void emptyRepeatIsIgnored() {
        TokenRequest request = TokenRequest.parse(Map.of("scope", Arrays.asList("fleet:write", "", null)));
        assertEquals("fleet:write", request.require("scope"));
    }

    @Test
    @DisplayName("a missing required parameter is an invalid_request naming it")
    void missingParameter() {
        OAuthException refused = assertThrows(OAuthException.class, () -> TokenRequest.parse(Map.of()).require("grant_type"));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
        assertEquals("missing parameter 'grant_type'", refused.getMessage());
    }

    @Test
    @DisplayName("toString never shows values, which include secrets")
    void toStringHidesValues() {
        TokenRequest request = TokenRequest.parse(Map.of("client_secret", List.of("s3cr3t")));
        assertFalse(request.toString().contains("s3cr3t"));
    }
}

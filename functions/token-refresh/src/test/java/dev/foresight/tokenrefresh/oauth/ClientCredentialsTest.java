package dev.foresight.tokenrefresh.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientCredentialsTest {

    private static TokenRequest form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return TokenRequest.parse(form);
    }

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain id and secret              | ops:s3cret        | ops | s3cret",
        "secret with a colon              | ops:a:b           | ops | a:b",
        "form-encoded parts are decoded   | ops%3A1:p%40ss+w  | ops:1 | p@ss w",
    })
    void readsBasic(String name, String raw, String id, String secret) {
        ClientCredentials credentials = ClientCredentials.from(basic(raw), form());
        assertEquals(id, credentials.clientId());
        assertEquals(secret, credentials.secret());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lower-case scheme is accepted | basic",
        "upper-case scheme is accepted | BASIC",
    })
    void schemeIsCaseInsensitive(String name, String scheme) {
        String header = scheme + " " + Base64.getEncoder().encodeToString("ops:s".getBytes(StandardCharsets.UTF_8));
        assertEquals("ops", ClientCredentials.from(header, form()).clientId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bearer scheme                  | Bearer abc                 | the Authorization header must use the Basic scheme",
        "not base64                     | Basic !!!                  | malformed Basic credentials",
        "no colon                       | Basic b3Bz                 | 'Basic credentials must be ''client_id:client_secret'''",
        "empty secret                   | Basic b3BzOg==             | Basic credentials carry an empty client secret",
    })
    void refusesBrokenBasic(String name, String header, String message) {
        OAuthException refused = assertThrows(OAuthException.class, () -> ClientCredentials.from(header, form()));
        assertEquals(OAuthError.INVALID_CLIENT, refused.error());
        assertEquals(message, refused.getMessage());
    }

    @Test
    void readsFormFields() {
        ClientCredentials credentials = ClientCredentials.from(null, form("client_id", "ops", "client_secret", "s3cret"));
        assertEquals("ops", credentials.clientId());
        assertEquals("s3cret", credentials.secret());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "nothing at all            | NONE | NONE | INVALID_CLIENT",
        "id without secret         | ops  | NONE | INVALID_CLIENT",
    })
    void refusesMissingCredentials(String name, String id, String secret, OAuthError error) {
        TokenRequest request = id == null ? form() : form("client_id", id);
        OAuthException refused = assertThrows(OAuthException.class, () -> ClientCredentials.from(null, request));
        assertEquals(error, refused.error());
    }

    @Test
    void refusesBothMethods() {
        OAuthException refused = assertThrows(OAuthException.class,
                () -> ClientCredentials.from(basic("ops:s"), form("client_id", "ops", "client_secret", "s")));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
    }

    @Test
    void refusesDifferingClientId() {
        OAuthException refused = assertThrows(OAuthException.class,
                () -> ClientCredentials.from(basic("ops:s"), form("client_id", "other")));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
    }

    @org.junit.jupiter.api.Test
    void controlCharactersInCredentialsAreInvalidRequest() {
        OAuthException refused = assertThrows(OAuthException.class, () -> ClientCredentials.from(null,
                TokenRequest.parse(java.util.Map.of("client_id", java.util.List.of("ops\u0000"), "client_secret", java.util.List.of("s")))));
        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
    }
}

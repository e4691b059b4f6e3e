package dev.foresight.tokenrefresh.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which client's bucket a /token request is charged to. */
class TokenClientIdTest {
    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theClientComesFromTheBasicHeaderOrTheForm() {
        assertEquals("ops", TokenRateLimit.clientId(Map.of(), basic("ops:secret")));
        assertEquals("ops.1", TokenRateLimit.clientId(Map.of(), basic("ops%2E1:secret")), "form-encoded as in §2.3.1");
        assertEquals("ops", TokenRateLimit.clientId(Map.of("client_id", List.of("ops")), null));
        assertEquals("hdr", TokenRateLimit.clientId(Map.of("client_id", List.of("form")), basic("hdr:s")), "the header decides");
    }

    @Test
    void aRequestNamingNoPossibleClientIsChargedToItsAddressOnly() {
        assertNull(TokenRateLimit.clientId(Map.of(), null));
        assertNull(TokenRateLimit.clientId(Map.of("client_id", List.of("bad id\u0000")), null));
        assertNull(TokenRateLimit.clientId(Map.of("client_id", List.of("x".repeat(65))), null));
        assertNull(TokenRateLimit.clientId(Map.of(), "Basic %%%"));
        assertNull(TokenRateLimit.clientId(Map.of(), basic("no-colon")));
        assertNull(TokenRateLimit.clientId(Map.of(), "Bearer abc"));
    }
}

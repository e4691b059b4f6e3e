package dev.foresight.alertroute.receiver.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * A revocation token-refresh announces on {@code foresight:events:revocations}:
 * {@code {"clientId":"...","jti":"..." or null,"issuedBefore":epochSeconds or null}}. A jti revokes
 * that access token; issuedBefore revokes every token of the client issued before that second.
 */
public record Revocation(String clientId, String jti, Long issuedBefore) {

    /** The message read, or empty for one that is not a revocation (logged by the caller). */
    public static Optional<Revocation> read(ObjectMapper json, String message) {
        try {
            JsonNode node = json.readTree(message);
            if (node == null || !node.path("clientId").isTextual()) {
                return Optional.empty();
            }
            String jti = node.path("jti").isTextual() ? node.path("jti").asText() : null;
            Long before = node.path("issuedBefore").isIntegralNumber() ? node.path("issuedBefore").asLong() : null;
            return Optional.of(new Revocation(node.path("clientId").asText(), jti, before));
        } catch (java.io.IOException unreadable) {
            return Optional.empty();
        }
    }
}

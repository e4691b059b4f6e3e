package dev.foresight.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What an access token says about its holder, read without verifying the signature: only for
 * showing the operator who they are; the functions do the verifying.
 */
public record TokenClaims(String subject, String scope, long expiresAtEpochSecond) {

    public static TokenClaims read(String jwt) {
        String[] parts = jwt == null ? new String[0] : jwt.split("\\.");
        if (parts.length < 2) {
            return new TokenClaims("?", "", 0);
        }
        try {
            JsonNode payload = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return new TokenClaims(payload.path("sub").asText("?"), payload.path("scope").asText(""),
                    payload.path("exp").asLong(0));
        } catch (IllegalArgumentException notBase64) {
            return new TokenClaims("?", "", 0);
        }
    }
}

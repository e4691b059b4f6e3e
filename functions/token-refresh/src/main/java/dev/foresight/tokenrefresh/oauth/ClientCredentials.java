package dev.foresight.tokenrefresh.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** A client id and secret as presented, by HTTP Basic or by form fields (RFC 6749 §2.3.1). */
public record ClientCredentials(String clientId, String secret) {

    /**
     * Reads the credentials from exactly one place. Sending them in both is an invalid_request
     * (§2.3: "MUST NOT use more than one authentication method"); sending none, or a broken
     * Basic header, fails authentication: invalid_client.
     */
    public static ClientCredentials from(String authorization, TokenRequest request) {
        ClientCredentials credentials = read(authorization, request);
        if (hasControl(credentials.clientId()) || hasControl(credentials.secret())) {
            throw OAuthException.invalidRequest("client credentials must not contain control characters");
        }
        return credentials;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static ClientCredentials read(String authorization, TokenRequest request) {
        Optional<String> formId = request.get(TokenRequest.CLIENT_ID);
        Optional<String> formSecret = request.get(TokenRequest.CLIENT_SECRET);
        if (authorization != null && !authorization.isBlank()) {
            if (formSecret.isPresent()) {
                throw OAuthException.invalidRequest(
                        "send client credentials either in the Authorization header or as form fields, not both");
            }
            ClientCredentials basic = fromBasic(authorization);
            if (formId.isPresent() && !formId.get().equals(basic.clientId())) {
                throw OAuthException.invalidRequest("'client_id' differs from the client in the Authorization header");
            }
            return basic;
        }
        if (formId.isEmpty()) {
            throw OAuthException.invalidClient("client authentication is required (HTTP Basic or client_id and client_secret)");
        }
        if (formSecret.isEmpty()) {
            throw OAuthException.invalidClient("missing 'client_secret'; public clients are not supported");
        }
        return new ClientCredentials(formId.get(), formSecret.get());
    }

    private static ClientCredentials fromBasic(String authorization) {
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            throw OAuthException.invalidClient("the Authorization header must use the Basic scheme");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(space + 1).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw OAuthException.invalidClient("Basic credentials must be 'client_id:client_secret'");
            }
            // §2.3.1: id and secret are form-encoded before they are joined
            String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            if (secret.isEmpty()) {
                throw OAuthException.invalidClient("Basic credentials carry an empty client secret");
            }
            return new ClientCredentials(id, secret);
        } catch (IllegalArgumentException malformed) {
            throw OAuthException.invalidClient("malformed Basic credentials");
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + "]";
    }
}

package dev.foresight.cli.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * A login: the client, its tokens and when the access token expires. The secret is kept because
 * token-refresh authenticates the client on every refresh (it has no public clients), exactly
 * as the functions themselves do; the file holding it is readable by its owner only.
 */
public record Credentials(String clientId, String clientSecret, String accessToken, Instant accessExpiresAt,
                          String refreshToken, String scope) {

    /** Refresh a little before expiry, so a token does not lapse between the check and the call. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    public boolean expiresSoon(Instant now) {
        return !now.plus(MARGIN).isBefore(accessExpiresAt);
    }

    public Credentials withTokens(String access, Instant expiresAt, String refresh, String newScope) {
        return new Credentials(clientId, clientSecret, access, expiresAt, refresh, newScope);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("client_id", clientId);
        p.setProperty("client_secret", clientSecret);
        p.setProperty("access_token", accessToken);
        p.setProperty("access_expires_at", accessExpiresAt.toString());
        if (refreshToken != null) {
            p.setProperty("refresh_token", refreshToken);
        }
        p.setProperty("scope", scope == null ? "" : scope);
        return p;
    }

    static Credentials fromProperties(Properties p) {
        String id = p.getProperty("client_id");
        String access = p.getProperty("access_token");
        String expires = p.getProperty("access_expires_at");
        if (id == null || access == null || expires == null) {
            return null;
        }
        return new Credentials(id, p.getProperty("client_secret", ""), access, Instant.parse(expires),
                p.getProperty("refresh_token"), p.getProperty("scope", ""));
    }

    @Override
    public String toString() {
        return "Credentials[clientId=" + clientId + ", expires=" + accessExpiresAt + ", scope=" + scope + "]";
    }
}

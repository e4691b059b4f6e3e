package dev.foresight.tokenrefresh.revocation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What {@code foresight:events:revocations} carries: {@code jti} for one revoked access token, or
 * {@code issuedBefore} (epoch seconds, jti null) when every token of the client issued before that
 * instant is revoked. Streams opened with a matching token close on it.
 */
@RegisterForReflection
public record RevocationEvent(String clientId, String jti, Long issuedBefore) {
    public static RevocationEvent accessToken(String clientId, String jti) {
        return new RevocationEvent(clientId, jti, null);
    }

    public static RevocationEvent logout(String clientId, long issuedBefore) {
        return new RevocationEvent(clientId, null, issuedBefore);
    }
}

package dev.foresight.tokenrefresh.revocation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What {@code foresight:events:revocations} carries: {@code jti} for one revoked access token (with
 * its {@code expiresAt}, epoch seconds, until when functions refuse it), or {@code issuedBefore}
 * (epoch seconds, jti null) when every token of the client issued before that instant is revoked.
 * Every function refuses such tokens from then on ({@code shared/.../revocation}); streams opened
 * with a matching token close on it.
 */
@RegisterForReflection
public record RevocationEvent(String clientId, String jti, Long expiresAt, Long issuedBefore) {
    public static RevocationEvent accessToken(String clientId, String jti, long expiresAt) {
        return new RevocationEvent(clientId, jti, expiresAt, null);
    }

    public static RevocationEvent logout(String clientId, long issuedBefore) {
        return new RevocationEvent(clientId, null, null, issuedBefore);
    }
}

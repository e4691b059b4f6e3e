package dev.foresight.shared.revocation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens token-refresh has revoked before their {@code exp}, as this instance knows them:
 * single tokens by {@code jti} (kept until they would have expired anyway) and client logouts
 * (every token of the client issued before a second). Pure and thread-safe: the listener feeds it,
 * every request reads it.
 */
public final class RevokedAccessTokens {
    private final Map<String, Long> jtis = new ConcurrentHashMap<>();
    private final Map<String, Long> logouts = new ConcurrentHashMap<>();

    /** Revokes the token {@code jti}, which expires at {@code expiresAt} (epoch seconds). */
    public void revoke(String jti, long expiresAt) {
        jtis.merge(jti, expiresAt, Math::max);
    }

    /** Revokes every token of {@code clientId} issued before {@code issuedBefore} (epoch seconds). */
    public void logout(String clientId, long issuedBefore) {
        logouts.merge(clientId, issuedBefore, Math::max);
    }

    /** True for a token revoked by its {@code jti} or by a logout of its client after {@code issuedAt}. */
    public boolean revoked(String jti, String clientId, long issuedAt) {
        if (jti != null && jtis.containsKey(jti)) {
            return true;
        }
        Long before = clientId == null ? null : logouts.get(clientId);
        return before != null && issuedAt < before;
    }

    /** Forgets revoked jtis whose token has expired by {@code now}; logouts (one per client) stay. */
    public void forgetExpired(long now) {
        jtis.values().removeIf(expiresAt -> expiresAt <= now);
    }
}

package dev.foresight.tokenrefresh.revocation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Revoked access tokens ({@code revoked_access_tokens}, by jti until their exp) and client logouts
 * ({@code client_logouts}: every token issued before the instant is revoked). Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class RevocationStore {

    /** True when the jti was not already revoked. */
    public Uni<Boolean> revokeAccessToken(String jti, String clientId, long expiresAt, Instant now) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO revoked_access_tokens (jti, client_id, expires_at, revoked_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (jti) DO NOTHING")
                .setParameter(1, jti)
                .setParameter(2, clientId)
                .setParameter(3, utc(Instant.ofEpochSecond(expiresAt)))
                .setParameter(4, utc(now))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Void> logout(String clientId, Instant issuedBefore) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("INSERT INTO client_logouts (client_id, issued_before) VALUES (?1, ?2)"
                        + " ON CONFLICT (client_id) DO UPDATE SET issued_before = GREATEST(client_logouts.issued_before, EXCLUDED.issued_before)")
                .setParameter(1, clientId)
                .setParameter(2, utc(issuedBefore))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** True when the token was revoked by jti or by a logout of its client after it was issued. */
    public Uni<Boolean> isRevoked(AccessClaims claims) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT (SELECT count(*) FROM revoked_access_tokens WHERE jti = ?1)"
                        + " + (SELECT count(*) FROM client_logouts WHERE client_id = ?2 AND issued_before > ?3)", Long.class)
                .setParameter(1, claims.jti())
                .setParameter(2, claims.clientId() == null ? "" : claims.clientId())
                .setParameter(3, utc(Instant.ofEpochSecond(claims.issuedAt())))
                .getResultList())
                .map(rows -> rows.get(0))
                .map(count -> ((Number) count).longValue() > 0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

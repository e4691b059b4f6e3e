package dev.foresight.shared.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepository<RefreshTokenEntity> {
    public Uni<RefreshTokenEntity> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    /** Revokes every live token of a family; returns how many were revoked. */
    public Uni<Integer> revokeFamily(UUID familyId, OffsetDateTime at) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", at, familyId);
    }
}

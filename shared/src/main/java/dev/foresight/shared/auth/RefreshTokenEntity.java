package dev.foresight.shared.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refresh token, stored only as the SHA-256 of its value; rotation links tokens by family. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "family_id")
    public UUID familyId;
    @Column(name = "client_id")
    public String clientId;
    public String subject;
    public String scope;
    /** The granted audience, space-separated; null for the whole fleet. */
    public String audience;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}

package dev.foresight.shared.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** A registered OAuth client. The secret is stored only as a salted hash. */
@Entity
@Table(name = "oauth_clients")
public class OAuthClientEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "secret_hash")
    public String secretHash;
    /** Space-separated scopes this client may be granted. */
    public String scopes;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}

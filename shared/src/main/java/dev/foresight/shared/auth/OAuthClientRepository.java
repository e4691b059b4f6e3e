package dev.foresight.shared.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OAuthClientRepository implements PanacheRepository<OAuthClientEntity> {
    public Uni<OAuthClientEntity> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }
}

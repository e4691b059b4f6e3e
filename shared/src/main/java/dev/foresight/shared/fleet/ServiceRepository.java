package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ServiceRepository implements PanacheRepository<ServiceEntity> {
    public Uni<ServiceEntity> findByName(String name) {
        return find("name", name).firstResult();
    }
}

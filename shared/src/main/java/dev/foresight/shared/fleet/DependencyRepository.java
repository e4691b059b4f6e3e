package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DependencyRepository implements PanacheRepository<DependencyEntity> {
    /** The whole graph: small (one row per edge), read once per prediction. */
    public Uni<List<DependencyEntity>> all() {
        return listAll();
    }

    public Uni<DependencyEntity> findPair(long serviceId, long dependsOnId) {
        return find("service.id = ?1 and dependsOn.id = ?2", serviceId, dependsOnId).firstResult();
    }
}

package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class FleetVersionRepository implements PanacheRepositoryBase<FleetVersionEntity, Long> {
    /** The declared fleet, or null when no fleet document was ever accepted. */
    public Uni<FleetVersionEntity> current() {
        return findAll(Sort.descending("version")).firstResult();
    }
}

package dev.foresight.monitortrigger.fleet;

import dev.foresight.monitortrigger.fleet.declared.FleetGuard;
import dev.foresight.shared.fleet.DependencyEntity;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/**
 * Deletes a service. Its edges and snapshots go with it (ON DELETE CASCADE in V1__fleet.sql);
 * alerts and predictions keep their history, since they name services rather than reference rows.
 */
@ApplicationScoped
public class ServiceRemoval {
    private static final Comparator<DependencyEntity> BY_NAMES = Comparator
            .comparing((DependencyEntity e) -> e.service.name).thenComparing(e -> e.dependsOn.name);

    private final ServiceRegistry registry;
    private final ServiceRepository services;
    private final DependencyRepository dependencies;
    private final FleetGuard fleet;

    public ServiceRemoval(ServiceRegistry registry, ServiceRepository services, DependencyRepository dependencies,
            FleetGuard fleet) {
        this.fleet = fleet;
        this.registry = registry;
        this.services = services;
        this.dependencies = dependencies;
    }

    /** Refused with {@link ServiceInUse} while others depend on it, unless {@code force}. */
    @WithTransaction
    public Uni<DeletedService> delete(String name, String forceParameter) {
        if (forceParameter != null && !forceParameter.equals("true") && !forceParameter.equals("false")) {
            return Uni.createFrom().failure(ProblemException.invalid("force", "must be true or false"));
        }
        boolean force = "true".equals(forceParameter);
        return registry.known(name).call(() -> fleet.delete(name)).chain(service -> dependencies
                .list("service.id = ?1 or dependsOn.id = ?1", service.id)
                .chain(edges -> {
                    List<DependencyEntity> sorted = edges.stream().sorted(BY_NAMES).toList();
                    List<ServiceInUse.Dependent> dependents = sorted.stream()
                            .filter(e -> e.dependsOn.id.equals(service.id))
                            .map(e -> new ServiceInUse.Dependent(e.service.name, e.kind))
                            .toList();
                    if (!dependents.isEmpty() && !force) {
                        return Uni.createFrom().failure(new ServiceInUse(name, dependents));
                    }
                    List<RemovedDependency> removed = sorted.stream().map(RemovedDependency::of).toList();
                    return remove(service).replaceWith(new DeletedService(name, removed));
                }));
    }

    /** A bulk delete, so the database's cascades (edges, snapshots) do the rest in one statement. */
    private Uni<Long> remove(ServiceEntity service) {
        return services.delete("id", service.id);
    }
}

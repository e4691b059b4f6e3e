package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.fleet.file.DeclaredDependency;
import dev.foresight.monitortrigger.fleet.file.DeclaredLimits;
import dev.foresight.monitortrigger.fleet.file.DeclaredService;
import dev.foresight.monitortrigger.fleet.file.FleetDocument;
import dev.foresight.shared.fleet.DependencyEntity;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes the registered services and edges equal to a fleet document: adds, updates and removes,
 * in the caller's transaction. A removed service takes its edges and snapshots with it, as
 * {@code DELETE /services/{name}?force=true} does.
 */
@ApplicationScoped
public class Reconciler {
    private final ServiceRepository services;
    private final DependencyRepository dependencies;

    public Reconciler(ServiceRepository services, DependencyRepository dependencies) {
        this.services = services;
        this.dependencies = dependencies;
    }

    /** Runs inside a transaction the caller opened. */
    public Uni<Reconciliation> reconcile(FleetDocument document) {
        return services.listAll().chain(registered -> dependencies.listAll().chain(edges -> apply(document, registered, edges)));
    }

    private Uni<Reconciliation> apply(FleetDocument document, List<ServiceEntity> registered, List<DependencyEntity> edges) {
        // edges first: one whose service goes is reported as removed too, before the database cascade takes it
        List<String> edgesAdded = new ArrayList<>();
        List<String> edgesUpdated = new ArrayList<>();
        List<String> edgesRemoved = new ArrayList<>();
        Map<String, DependencyEntity> kept = new HashMap<>();
        List<Long> gone = new ArrayList<>();
        for (DependencyEntity e : edges) {
            if (document.dependency(e.service.name, e.dependsOn.name).isEmpty()) {
                gone.add(e.id);
                edgesRemoved.add(key(e.service.name, e.dependsOn.name));
            } else {
                kept.put(key(e.service.name, e.dependsOn.name), e);
            }
        }
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Set<String> declared = document.services().stream().map(DeclaredService::name).collect(Collectors.toSet());
        Map<String, ServiceEntity> byName = new HashMap<>();
        for (ServiceEntity e : registered) {
            if (declared.contains(e.name)) {
                byName.put(e.name, e);
            } else {
                removed.add(e.name);
            }
        }
        List<ServiceEntity> freshServices = new ArrayList<>();
        for (DeclaredService s : document.services()) {
            ServiceEntity entity = byName.get(s.name());
            if (entity == null) {
                entity = new ServiceEntity();
                entity.name = s.name();
                apply(entity, s);
                freshServices.add(entity);
                byName.put(s.name(), entity);
                added.add(s.name());
            } else if (apply(entity, s)) {
                updated.add(s.name());
            }
        }
        List<DependencyEntity> freshEdges = new ArrayList<>();
        for (DeclaredDependency d : document.dependencies()) {
            double weight = d.weight() == null ? 1.0 : d.weight();
            DependencyEntity e = kept.get(key(d.from(), d.to()));
            if (e == null) {
                e = new DependencyEntity();
                e.service = byName.get(d.from());
                e.dependsOn = byName.get(d.to());
                e.kind = d.kind();
                e.weight = weight;
                freshEdges.add(e);
                edgesAdded.add(key(d.from(), d.to()));
            } else if (!e.kind.equals(d.kind()) || e.weight != weight) {
                e.kind = d.kind();
                e.weight = weight;
                edgesUpdated.add(key(d.from(), d.to()));
            }
        }
        Reconciliation result = new Reconciliation(sorted(added), sorted(updated), sorted(removed), sorted(edgesAdded),
                sorted(edgesUpdated), sorted(edgesRemoved));
        return (gone.isEmpty() ? Uni.createFrom().item(0L) : dependencies.delete("id in ?1", gone))
                .chain(() -> removed.isEmpty() ? Uni.createFrom().item(0L) : services.delete("name in ?1", removed))
                .chain(() -> freshServices.isEmpty() ? Uni.createFrom().voidItem() : services.persist(freshServices))
                .chain(() -> freshEdges.isEmpty() ? Uni.createFrom().voidItem() : dependencies.persist(freshEdges))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .replaceWith(result);
    }

    /** Sets the entity's fields to the declaration's (defaults for absent limits); whether anything changed. */
    static boolean apply(ServiceEntity entity, DeclaredService s) {
        ServiceEntity defaults = new ServiceEntity();
        DeclaredLimits l = s.limits();
        double latency = l.latencySloMs() != null ? l.latencySloMs() : defaults.latencySloMs;
        double errorRate = l.errorRateLimit() != null ? l.errorRateLimit() : defaults.errorRateLimit;
        double cpu = l.cpuLimit() != null ? l.cpuLimit() : defaults.cpuLimit;
        double memory = l.memoryLimit() != null ? l.memoryLimit() : defaults.memoryLimit;
        boolean changed = !Objects.equals(entity.healthUrl, s.healthUrl()) || !Objects.equals(entity.runbookUrl, s.runbookUrl())
                || entity.latencySloMs != latency || entity.errorRateLimit != errorRate || entity.cpuLimit != cpu
                || entity.memoryLimit != memory;
        entity.healthUrl = s.healthUrl();
        entity.runbookUrl = s.runbookUrl();
        entity.latencySloMs = latency;
        entity.errorRateLimit = errorRate;
        entity.cpuLimit = cpu;
        entity.memoryLimit = memory;
        return changed;
    }

    static String key(String from, String to) {
        return from + " -> " + to;
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}

package dev.foresight.monitortrigger.fleet;

import dev.foresight.monitortrigger.fleet.declared.FleetGuard;
import dev.foresight.monitortrigger.fleet.file.CriticalCycles;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.fleet.DependencyEntity;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Records the dependency graph between registered services. */
@ApplicationScoped
public class DependencyRegistry {
    private final ServiceRepository services;
    private final DependencyRepository dependencies;
    private final FleetGuard fleet;

    public DependencyRegistry(ServiceRepository services, DependencyRepository dependencies, FleetGuard fleet) {
        this.fleet = fleet;
        this.services = services;
        this.dependencies = dependencies;
    }

    @WithTransaction
    public Uni<DependencyView> add(DependencyRequest request) {
        List<Problem.FieldError> errors = DependencyRules.check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return fleet.edge(request.service(), request.dependsOn(), request.kind(), request.weight())
                .chain(() -> known("service", request.service()))
                .chain(service -> known("dependsOn", request.dependsOn())
                        .chain(dependsOn -> dependencies.findPair(service.id, dependsOn.id)
                                .chain(existing -> existing != null
                                        ? Uni.createFrom().failure(duplicate(request))
                                        : insert(service, dependsOn, request))))
                .onFailure(UniqueViolation::in).transform(f -> duplicate(request));
    }

    @WithSession
    public Uni<List<DependencyView>> list() {
        return dependencies.listAll(Sort.by("id")).map(rows -> rows.stream().map(DependencyView::of).toList());
    }

    /** Every service and edge, with the cycles of critical edges named. */
    @WithSession
    public Uni<DependencyGraph> graph() {
        return services.listAll(Sort.by("name")).chain(all -> dependencies.listAll(Sort.by("id")).map(rows -> {
            List<DependencyView> edges = rows.stream().map(DependencyView::of).toList();
            List<CriticalCycles.Edge> critical = edges.stream().filter(e -> "critical".equals(e.kind()))
                    .map(e -> new CriticalCycles.Edge(e.service(), e.dependsOn())).toList();
            List<DependencyGraph.Cycle> cycles = CriticalCycles.find(critical).stream()
                    .map(c -> new DependencyGraph.Cycle(c, CriticalCycles.render(c))).toList();
            return new DependencyGraph(all.stream().map(s -> s.name).toList(), edges, cycles);
        }));
    }

    /** Replaces the edge's kind and weight; the two names are the edge's identity. */
    @WithTransaction
    public Uni<DependencyView> update(String service, String dependsOn, DependencyUpdate update) {
        List<Problem.FieldError> errors = update == null ? List.of(new Problem.FieldError("body", "is required"))
                : DependencyRules.check(new DependencyRequest(service, dependsOn, update.kind(), update.weight()));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return fleet.edge(service, dependsOn, update.kind(), update.weight()).chain(() -> edge(service, dependsOn)).map(edge -> {
            edge.kind = update.kind();
            edge.weight = update.weight() == null ? 1.0 : update.weight();
            return DependencyView.of(edge);
        });
    }

    @WithTransaction
    public Uni<Void> remove(String service, String dependsOn) {
        return fleet.removeEdge(service, dependsOn).chain(() -> edge(service, dependsOn))
                .chain(edge -> dependencies.delete("id", edge.id)).replaceWithVoid();
    }

    /** The edge, or a 404 saying which name is unknown or that the two are not linked. */
    private Uni<DependencyEntity> edge(String service, String dependsOn) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>(ServiceRules.checkName("service", service));
        errors.addAll(ServiceRules.checkName("dependsOn", dependsOn));
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return known("service", service)
                .chain(s -> known("dependsOn", dependsOn).chain(d -> dependencies.findPair(s.id, d.id)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        Bounded.quote(service) + " does not depend on " + Bounded.quote(dependsOn)));
    }

    private Uni<ServiceEntity> known(String field, String name) {
        return services.findByName(name).onItem().ifNull().failWith(() -> unknown(field, name));
    }

    private Uni<DependencyView> insert(ServiceEntity service, ServiceEntity dependsOn, DependencyRequest request) {
        DependencyEntity edge = new DependencyEntity();
        edge.service = service;
        edge.dependsOn = dependsOn;
        edge.kind = request.kind();
        edge.weight = request.weight() == null ? 1.0 : request.weight();
        return dependencies.persist(edge).map(DependencyView::of);
    }

    /** 404 that still names the field, so a client knows which of the two names is wrong. */
    private static ProblemException unknown(String field, String name) {
        String detail = "unknown service " + Bounded.quote(name);
        return new ProblemException(new Problem("about:blank", "Not Found", 404, detail, null,
                List.of(new Problem.FieldError(field, "must name a registered service"))));
    }

    private static ProblemException duplicate(DependencyRequest r) {
        return ProblemException.conflict(
                Bounded.quote(r.service()) + " already depends on " + Bounded.quote(r.dependsOn()));
    }
}

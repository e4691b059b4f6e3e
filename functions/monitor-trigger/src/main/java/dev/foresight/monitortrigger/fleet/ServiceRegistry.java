package dev.foresight.monitortrigger.fleet;

import dev.foresight.monitortrigger.fleet.declared.FleetGuard;
import dev.foresight.monitortrigger.fleet.file.DeclaredLimits;
import dev.foresight.shared.egress.EgressGuard;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** Registers the services of the fleet and lists them. */
@ApplicationScoped
public class ServiceRegistry {
    private final ServiceRepository services;
    private final EgressGuard egress;
    private final FleetGuard fleet;

    public ServiceRegistry(ServiceRepository services, EgressGuard egress, FleetGuard fleet) {
        this.services = services;
        this.egress = egress;
        this.fleet = fleet;
    }

    @WithTransaction
    public Uni<ServiceView> register(ServiceRequest request) {
        List<Problem.FieldError> errors = ServiceRules.check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return fleet.register(request.name()).chain(() -> reachable(request)).chain(() -> services.findByName(request.name()))
                .chain(existing -> existing != null ? Uni.createFrom().failure(duplicate(request.name())) : insert(request))
                .onFailure(UniqueViolation::in).transform(f -> duplicate(request.name()));
    }

    @WithSession
    public Uni<List<ServiceView>> list() {
        return services.listAll(Sort.by("name")).map(rows -> rows.stream().map(ServiceView::of).toList());
    }

    @WithSession
    public Uni<ServiceView> get(String name) {
        return known(name).map(ServiceView::of);
    }

    /**
     * Replaces the service's settings with the body's, as a registration would set them: a limit
     * left out goes back to its default and a missing healthUrl is cleared.
     */
    @WithTransaction
    public Uni<ServiceView> update(String name, ServiceRequest request) {
        List<Problem.FieldError> errors = ServiceRules.checkName("name", name);
        if (errors.isEmpty()) {
            errors = ServiceRules.checkUpdate(name, request);
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        DeclaredLimits limits = new DeclaredLimits(request.latencySloMs(), request.errorRateLimit(), request.cpuLimit(),
                request.memoryLimit());
        return fleet.update(name, request.healthUrl(), request.runbookUrl(), limits)
                .chain(() -> reachable(request)).chain(() -> known(name)).map(entity -> {
            apply(entity, request);
            return ServiceView.of(entity);
        });
    }

    /** A health URL the egress policy refuses is a 400 naming the rule; nothing is stored. */
    private Uni<Void> reachable(ServiceRequest request) {
        if (request.healthUrl() == null) {
            return Uni.createFrom().voidItem();
        }
        return egress.checkRegistration(request.healthUrl()).chain(refused -> refused.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.invalid("healthUrl", refused.get())));
    }

    /** The registered service, or a 404 naming it; a malformed name is a 400 instead. */
    Uni<ServiceEntity> known(String name) {
        List<Problem.FieldError> errors = ServiceRules.checkName("name", name);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return services.findByName(name).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("service \"" + name + "\" is not registered"));
    }

    private static void apply(ServiceEntity entity, ServiceRequest request) {
        ServiceEntity defaults = new ServiceEntity();
        entity.healthUrl = request.healthUrl();
        entity.runbookUrl = request.runbookUrl();
        entity.latencySloMs = request.latencySloMs() != null ? request.latencySloMs() : defaults.latencySloMs;
        entity.errorRateLimit = request.errorRateLimit() != null ? request.errorRateLimit() : defaults.errorRateLimit;
        entity.cpuLimit = request.cpuLimit() != null ? request.cpuLimit() : defaults.cpuLimit;
        entity.memoryLimit = request.memoryLimit() != null ? request.memoryLimit() : defaults.memoryLimit;
    }

    private Uni<ServiceView> insert(ServiceRequest request) {
        ServiceEntity entity = new ServiceEntity();
        entity.name = request.name();
        apply(entity, request);
        // created_at is filled by the database: read it back once the row exists.
        return services.persistAndFlush(entity)
                .chain(() -> Panache.getSession())
                .chain(session -> session.createSelectionQuery(
                                "select s.createdAt from ServiceEntity s where s.id = :id", OffsetDateTime.class)
                        .setParameter("id", entity.id)
                        .getSingleResult())
                .map(createdAt -> {
                    entity.createdAt = createdAt;
                    return ServiceView.of(entity);
                });
    }

    private static ProblemException duplicate(String name) {
        return ProblemException.conflict("service \"" + name + "\" is already registered");
    }
}

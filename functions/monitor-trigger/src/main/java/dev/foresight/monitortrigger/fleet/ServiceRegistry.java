package dev.foresight.monitortrigger.fleet;

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

    public ServiceRegistry(ServiceRepository services) {
        this.services = services;
    }

    @WithTransaction
    public Uni<ServiceView> register(ServiceRequest request) {
        List<Problem.FieldError> errors = ServiceRules.check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return services.findByName(request.name())
                .chain(existing -> existing != null ? Uni.createFrom().failure(duplicate(request.name())) : insert(request))
                .onFailure(UniqueViolation::in).transform(f -> duplicate(request.name()));
    }

    @WithSession
    public Uni<List<ServiceView>> list() {
        return services.listAll(Sort.by("name")).map(rows -> rows.stream().map(ServiceView::of).toList());
    }

    private Uni<ServiceView> insert(ServiceRequest request) {
        ServiceEntity entity = new ServiceEntity();
        entity.name = request.name();
        entity.healthUrl = request.healthUrl();
        if (request.latencySloMs() != null) {
            entity.latencySloMs = request.latencySloMs();
        }
        if (request.errorRateLimit() != null) {
            entity.errorRateLimit = request.errorRateLimit();
        }
        if (request.cpuLimit() != null) {
            entity.cpuLimit = request.cpuLimit();
        }
        if (request.memoryLimit() != null) {
            entity.memoryLimit = request.memoryLimit();
        }
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

package dev.foresight.monitortrigger.snapshot;

import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores pushed snapshots: the whole batch in one transaction, or nothing. */
@ApplicationScoped
public class SnapshotIngest {
    private final ServiceRepository services;
    private final SnapshotRepository snapshots;
    private final Clock clock;

    public SnapshotIngest(ServiceRepository services, SnapshotRepository snapshots, Clock clock) {
        this.services = services;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Accepted> ingest(SnapshotBatch batch) {
        try {
            SnapshotRules.checkSize(batch);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        List<SnapshotInput> inputs = batch.snapshots();
        List<String> names = inputs.stream().filter(Objects::nonNull).map(SnapshotInput::service)
                .filter(Objects::nonNull).distinct().toList();
        Instant now = clock.instant();
        Uni<List<ServiceEntity>> registered = names.isEmpty()
                ? Uni.createFrom().item(List.<ServiceEntity>of())
                : services.list("name in ?1", names);
        return registered
                .map(rows -> rows.stream().collect(Collectors.toMap(s -> s.name, Function.identity())))
                .chain(byName -> {
                    List<Problem.FieldError> errors = SnapshotRules.check(inputs, byName.keySet(), now);
                    if (!errors.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.invalid(errors));
                    }
                    List<SnapshotEntity> rows = inputs.stream().map(in -> toEntity(in, byName, now)).toList();
                    return snapshots.persist(rows).replaceWith(new Accepted(rows.size()));
                });
    }

    private static SnapshotEntity toEntity(SnapshotInput in, Map<String, ServiceEntity> byName, Instant now) {
        SnapshotEntity e = new SnapshotEntity();
        e.serviceId = byName.get(in.service()).id;
        e.time = in.time() != null ? in.time() : OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        e.health = in.health();
        e.latencyMs = in.latencyMs();
        e.errorRate = in.errorRate();
        e.cpu = in.cpu();
        e.memory = in.memory();
        e.requestCount = in.requestCount();
        e.metadata = in.metadata() == null ? Map.of() : in.metadata();
        return e;
    }
}

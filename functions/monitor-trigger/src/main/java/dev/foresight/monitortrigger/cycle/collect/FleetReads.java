package dev.foresight.monitortrigger.cycle.collect;

import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The database side of the collect step, each call in its own short session. */
@ApplicationScoped
public class FleetReads {
    private final ServiceRepository services;
    private final SnapshotRepository snapshots;

    public FleetReads(ServiceRepository services, SnapshotRepository snapshots) {
        this.services = services;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<List<ServiceEntity>> services() {
        return services.listAll(Sort.by("name"));
    }

    @WithTransaction
    public Uni<Integer> store(List<SnapshotEntity> probes) {
        return probes.isEmpty() ? Uni.createFrom().item(0) : snapshots.persist(probes).replaceWith(probes.size());
    }

    /** Ids of services with at least one snapshot at or after {@code since}. */
    @WithSession
    public Uni<Set<Long>> activeSince(Instant since) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select distinct s.serviceId from SnapshotEntity s where s.time >= :since", Long.class)
                        .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                        .getResultList())
                .map(HashSet::new);
    }
}

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** The newest snapshot time per service among those stored from {@code source} ({@code metadata.source}). */
    @WithSession
    public Uni<Map<Long, Instant>> lastCollected(String source) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select service_id, max(time) from metric_snapshots where metadata ->> 'source' = :source"
                                        + " group by service_id", Object[].class)
                        .setParameter("source", source)
                        .getResultList())
                .map(rows -> {
                    Map<Long, Instant> last = new HashMap<>();
                    for (Object[] row : rows) {
                        last.put(((Number) row[0]).longValue(), toInstant(row[1]));
                    }
                    return last;
                });
    }

    private static Instant toInstant(Object time) {
        if (time instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (time instanceof Instant i) {
            return i;
        }
        if (time instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (time instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + time.getClass().getName());
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

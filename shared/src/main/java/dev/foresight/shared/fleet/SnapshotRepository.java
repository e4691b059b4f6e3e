package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepository<SnapshotEntity> {
    /** The latest {@code limit} snapshots of a service, oldest first. */
    public Uni<List<SnapshotEntity>> recent(long serviceId, int limit) {
        return find("serviceId", Sort.descending("time"), serviceId)
                .page(0, limit)
                .list()
                .map(rows -> {
                    List<SnapshotEntity> ordered = new ArrayList<>(rows);
                    Collections.reverse(ordered);
                    return ordered;
                });
    }
}

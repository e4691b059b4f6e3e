package dev.foresight.shared.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class AlertRepository implements PanacheRepository<AlertEntity> {
    /** The newest unresolved alert with this fingerprint seen since {@code since}, if any. */
    public Uni<AlertEntity> openSince(String fingerprint, OffsetDateTime since) {
        return find("fingerprint = ?1 and status <> 'resolved' and lastSeenAt >= ?2",
                        Sort.descending("lastSeenAt"), fingerprint, since)
                .firstResult();
    }

    public Uni<List<AlertEntity>> active() {
        return list("status <> 'resolved'", Sort.descending("lastSeenAt"));
    }
}

package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class DetectorStateRepository implements PanacheRepository<DetectorStateEntity> {
    /** Every saved detector of a service. */
    public Uni<List<DetectorStateEntity>> forService(long serviceId) {
        return find("serviceId", serviceId).list();
    }

    /** Stores a state: updates the loaded row when there is one, inserts otherwise (inside the caller's transaction). */
    public Uni<DetectorStateEntity> save(DetectorStateEntity existing, long serviceId, String metric, int format,
                                         OffsetDateTime lastTime, byte[] state) {
        DetectorStateEntity row = existing != null ? existing : new DetectorStateEntity();
        row.serviceId = serviceId;
        row.metric = metric;
        row.format = format;
        row.lastTime = lastTime;
        row.state = state;
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return existing != null ? Uni.createFrom().item(row) : persist(row);
    }
}

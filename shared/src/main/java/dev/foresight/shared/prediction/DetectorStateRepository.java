package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class DetectorStateRepository implements PanacheRepository<DetectorStateEntity> {
    /**
     * Inserts or replaces a state in one statement, so two predictions of a new service at once
     * cannot both insert; a state never moves back in time (an older one does not overwrite a
     * newer one) unless it is of another format.
     */
    private static final String UPSERT = """
            INSERT INTO detector_states (service_id, metric, format, last_time, state, updated_at)
            VALUES (:service, :metric, :format, :lastTime, :state, now())
            ON CONFLICT (service_id, metric) DO UPDATE
               SET format = EXCLUDED.format, last_time = EXCLUDED.last_time, state = EXCLUDED.state, updated_at = now()
             WHERE detector_states.last_time < EXCLUDED.last_time OR detector_states.format <> EXCLUDED.format""";

    /** Every saved detector of a service. */
    public Uni<List<DetectorStateEntity>> forService(long serviceId) {
        return find("serviceId", serviceId).list();
    }

    /** Stores a state inside the caller's transaction; the number of rows written (0: a newer state is there). */
    public Uni<Integer> save(long serviceId, String metric, int format, OffsetDateTime lastTime, byte[] state) {
        return getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("service", serviceId)
                .setParameter("metric", metric)
                .setParameter("format", format)
                .setParameter("lastTime", lastTime)
                .setParameter("state", state)
                .executeUpdate());
    }
}

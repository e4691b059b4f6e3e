package dev.foresight.shared.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class NotificationRepository implements PanacheRepository<NotificationEntity> {
    public Uni<List<NotificationEntity>> forAlert(long alertId) {
        return list("alertId", alertId);
    }
}

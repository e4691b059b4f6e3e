package dev.foresight.alertroute.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.foresight.shared.alert.NotificationEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One delivery of an alert to a receiver: {@code pending}, then {@code sent} or {@code failed}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(long id, String channel, String status, int attempts, String lastError, Instant createdAt,
        Instant updatedAt) {

    public static NotificationView of(NotificationEntity n) {
        return new NotificationView(n.id, n.channel, n.status, n.attempts, n.lastError, AlertView.instant(n.createdAt),
                AlertView.instant(n.updatedAt));
    }
}

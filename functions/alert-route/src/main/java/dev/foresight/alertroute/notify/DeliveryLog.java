package dev.foresight.alertroute.notify;

import dev.foresight.shared.alert.NotificationEntity;
import dev.foresight.shared.alert.NotificationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** Writes the outcome of every attempt onto its notification row, so the row always tells the truth. */
@ApplicationScoped
public class DeliveryLog {
    private final NotificationRepository notifications;
    private final MeterRegistry meters;

    public DeliveryLog(NotificationRepository notifications, MeterRegistry meters) {
        this.notifications = notifications;
        this.meters = meters;
    }

    /** Attempt {@code attempt} of at most {@code maxAttempts} ended with {@code result}. */
    @WithTransaction
    public Uni<Void> attempted(long notificationId, int attempt, int maxAttempts, SendResult result) {
        return notifications.findById(notificationId).invoke(row -> {
            row.attempts = attempt;
            row.updatedAt = OffsetDateTime.now();
            row.status = switch (result.outcome()) {
                case OK -> "sent";
                case FATAL -> "failed";
                case RETRYABLE -> attempt >= maxAttempts ? "failed" : "pending";
            };
            row.lastError = result.isOk() ? null : result.detail();
            // foresight_notifications_total{receiver, outcome}: one count per attempt
            meters.counter("foresight.notifications", "receiver", row.channel,
                    "outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT)).increment();
        }).replaceWithVoid();
    }

    /** Retrying stopped early (for instance the retry budget ran out): a still-pending row has failed. */
    @WithTransaction
    public Uni<Void> gaveUp(long notificationId, String why) {
        return notifications.findById(notificationId).invoke(row -> {
            if ("pending".equals(row.status)) {
                row.status = "failed";
                row.updatedAt = OffsetDateTime.now();
                row.lastError = row.lastError == null ? why : row.lastError;
            }
        }).replaceWithVoid();
    }

    /** A new, pending row for one receiver of one alert. */
    public Uni<NotificationEntity> open(long alertId, String channel) {
        NotificationEntity row = new NotificationEntity();
        row.alertId = alertId;
        row.channel = channel;
        return notifications.persist(row);
    }
}

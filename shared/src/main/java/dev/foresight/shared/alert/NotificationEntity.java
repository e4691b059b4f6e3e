package dev.foresight.shared.alert;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** One delivery of one alert to one channel, with the outcome of its last attempt. */
@Entity
@Table(name = "notifications")
public class NotificationEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "alert_id")
    public Long alertId;
    public String channel;
    /** pending | sent | failed */
    public String status = "pending";
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}

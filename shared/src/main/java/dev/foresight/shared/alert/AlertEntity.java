package dev.foresight.shared.alert;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A routed alert. Repeats of the same fingerprint inside the dedup window bump {@code occurrences}. */
@Entity
@Table(name = "alerts")
public class AlertEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String fingerprint;
    public String type;
    public String service;
    /** Foresight's critical | high | medium | low, or the sender's own severity label (e.g. warning) */
    public String severity;
    /** firing | acknowledged | resolved */
    public String status = "firing";
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = Map.of();
    public Double confidence;
    @Column(name = "time_to_failure_s")
    public Double timeToFailureSeconds;
    public int occurrences = 1;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt = OffsetDateTime.now();
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt = OffsetDateTime.now();
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> annotations = Map.of();
    /** When the alert stops firing: the sender's endsAt, or the resolve timeout after it was last posted. */
    @Column(name = "ends_at")
    public OffsetDateTime endsAt = OffsetDateTime.now().plusMinutes(5);
    @Column(name = "generator_url")
    public String generatorUrl = "";
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}

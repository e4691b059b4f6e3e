package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The saved state of one (service, metric) anomaly detector: opaque bytes, their format and how far they reach. */
@Entity
@Table(name = "detector_states")
public class DetectorStateEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "service_id")
    public Long serviceId;
    public String metric;
    public int format;
    /** Time of the last snapshot the state has seen. */
    @Column(name = "last_time")
    public OffsetDateTime lastTime;
    public byte[] state;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}

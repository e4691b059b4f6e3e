package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One health snapshot of one service at one instant. Null metrics were not reported. */
@Entity
@Table(name = "metric_snapshots")
public class SnapshotEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "service_id")
    public Long serviceId;
    public OffsetDateTime time;
    public Double health;
    @Column(name = "latency_ms")
    public Double latencyMs;
    @Column(name = "error_rate")
    public Double errorRate;
    public Double cpu;
    public Double memory;
    @Column(name = "request_count")
    public Long requestCount;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata = Map.of();
}

package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** A monitored service and the limits that define "failing" for it. */
@Entity
@Table(name = "services")
public class ServiceEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "health_url")
    public String healthUrl;
    @Column(name = "latency_slo_ms")
    public double latencySloMs = 500;
    @Column(name = "error_rate_limit")
    public double errorRateLimit = 0.05;
    @Column(name = "cpu_limit")
    public double cpuLimit = 0.9;
    @Column(name = "memory_limit")
    public double memoryLimit = 0.9;
    /** Where on-call reads what to do when this service fails; null when none is known. */
    @Column(name = "runbook_url")
    public String runbookUrl;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}

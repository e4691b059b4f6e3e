package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** A stored prediction: failure, cascade, anomaly or capacity. */
@Entity
@Table(name = "predictions")
public class PredictionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** failure | cascade | anomaly | capacity */
    public String kind;
    public String service;
    public String metric;
    @Column(name = "source_service")
    public String sourceService;
    public double confidence;
    @Column(name = "time_to_failure_s")
    public Double timeToFailureSeconds;
    @Column(name = "predicted_value")
    public Double predictedValue;
    @Column(name = "limit_value")
    public Double limitValue;
    public String reasoning;
    @Column(name = "decision_id")
    public Long decisionId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}

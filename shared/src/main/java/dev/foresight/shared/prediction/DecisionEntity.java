package dev.foresight.shared.prediction;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Why Foresight concluded what it did, in words, with the evidence as context. */
@Entity
@Table(name = "decisions")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String type;
    public String service;
    public String reasoning;
    public double confidence;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> context = Map.of();
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}

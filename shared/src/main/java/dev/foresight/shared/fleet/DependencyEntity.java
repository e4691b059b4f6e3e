package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** "service depends on dependsOn": an edge of the dependency graph. */
@Entity
@Table(name = "service_dependencies")
public class DependencyEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_id")
    public ServiceEntity service;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "depends_on_id")
    public ServiceEntity dependsOn;
    /** critical | optional | fallback */
    public String kind;
    public double weight = 1.0;
}

package dev.foresight.shared.fleet;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One accepted fleet document (V17__fleet_versions.sql); the highest version is the declared fleet. */
@Entity
@Table(name = "fleet_versions")
public class FleetVersionEntity extends PanacheEntityBase {
    public static final String RELEASE = "release";

    @Id
    public Long version;
    public String yaml;
    public String sha256;
    /** file | api | rollback | release (no document: the declaration ended) */
    public String origin;
    @Column(name = "file_path")
    public String filePath;
    @Column(name = "restored_from")
    public Long restoredFrom;
    @Column(name = "accepted_at", insertable = false, updatable = false)
    public OffsetDateTime acceptedAt;

    public boolean isRelease() {
        return RELEASE.equals(origin);
    }
}

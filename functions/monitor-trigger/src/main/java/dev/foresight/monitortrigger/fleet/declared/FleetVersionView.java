package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.shared.fleet.FleetVersionEntity;
import java.time.OffsetDateTime;

/** One accepted fleet version as {@code GET /fleet/versions} lists it; {@code yaml} only where asked for. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record FleetVersionView(long version, String origin, String filePath, Long restoredFrom, String sha256,
        OffsetDateTime acceptedAt, Boolean current, String yaml) {

    static FleetVersionView of(FleetVersionEntity e, boolean current, boolean withYaml) {
        return new FleetVersionView(e.version, e.origin, e.filePath, e.restoredFrom, e.sha256, e.acceptedAt, current,
                withYaml ? e.yaml : null);
    }
}

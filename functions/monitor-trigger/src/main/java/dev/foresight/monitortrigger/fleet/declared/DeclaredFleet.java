package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.fleet.file.FleetDocument;
import dev.foresight.monitortrigger.fleet.file.FleetFileParser;
import dev.foresight.shared.fleet.FleetVersionEntity;
import dev.foresight.shared.fleet.FleetVersionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The declared fleet: the newest accepted fleet version, parsed; none before the first or after a release. Read from the database on every
 * call (several instances share it); the parse is kept per version number.
 */
@ApplicationScoped
public class DeclaredFleet {
    /** A version and its document; {@code filePath} is set when it came from the configured file. */
    public record Current(long version, String sha256, String origin, String filePath, FleetDocument document) {
        /** "fleet version 3 (file /etc/foresight/fleet.yaml)", for messages. */
        public String describe() {
            return "fleet version " + version + (filePath == null ? " (" + origin + ")" : " (file " + filePath + ")");
        }
    }

    private final FleetVersionRepository versions;
    private final AtomicReference<Current> parsed = new AtomicReference<>();

    public DeclaredFleet(FleetVersionRepository versions) {
        this.versions = versions;
    }

    @WithSession
    public Uni<Optional<Current>> current() {
        return versions.current().map(row -> Optional.ofNullable(row).filter(r -> !r.isRelease()).map(this::parse));
    }

    Current parse(FleetVersionEntity row) {
        Current cached = parsed.get();
        if (cached != null && cached.version() == row.version && cached.sha256().equals(row.sha256)) {
            return cached;
        }
        // an accepted document is read for its shape only: rules added since it was accepted do not un-declare it
        Current current = new Current(row.version, row.sha256, row.origin, row.filePath, FleetFileParser.parse(row.yaml).document());
        parsed.set(current);
        return current;
    }
}

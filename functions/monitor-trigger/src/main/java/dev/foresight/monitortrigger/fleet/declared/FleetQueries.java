package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.shared.fleet.FleetVersionRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads of the stored fleet versions for {@code GET /fleet} and {@code GET /fleet/versions}. */
@ApplicationScoped
public class FleetQueries {
    private final FleetVersionRepository versions;

    public FleetQueries(FleetVersionRepository versions) {
        this.versions = versions;
    }

    @WithSession
    public Uni<FleetVersionView> current() {
        return versions.current().onItem().ifNull()
                .failWith(() -> ProblemException.notFound("no fleet version was ever accepted (POST /fleet, or start with a fleet file)"))
                .chain(row -> row.isRelease()
                        ? Uni.createFrom().failure(ProblemException.notFound("no fleet is declared: version " + row.version
                                + " released it (DELETE /fleet); POST /fleet or roll back to declare one again"))
                        : Uni.createFrom().item(FleetVersionView.of(row, true, true)));
    }

    /** Newest first, without their documents. */
    @WithSession
    public Uni<List<FleetVersionView>> list() {
        return versions.listAll(Sort.descending("version")).map(rows -> {
            Long newest = rows.isEmpty() ? null : rows.get(0).version;
            return rows.stream().map(r -> FleetVersionView.of(r, r.version.equals(newest), false)).toList();
        });
    }

    @WithSession
    public Uni<FleetVersionView> get(long version) {
        return versions.findById(version).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("fleet version " + version + " does not exist"))
                .chain(row -> versions.current().map(current -> FleetVersionView.of(row, current.version.equals(row.version), true)));
    }
}

package dev.foresight.monitortrigger.fleet.declared;

import dev.foresight.monitortrigger.fleet.file.DeclaredService;
import dev.foresight.monitortrigger.fleet.file.FleetDocument;
import dev.foresight.monitortrigger.fleet.file.FleetError;
import dev.foresight.monitortrigger.fleet.file.FleetReading;
import dev.foresight.monitortrigger.source.prometheus.PrometheusSource;
import dev.foresight.shared.egress.EgressGuard;
import dev.foresight.shared.fleet.FleetVersionEntity;
import dev.foresight.shared.fleet.FleetVersionRepository;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Accepts fleet documents: checks one completely (syntax, every rule, the egress policy for health
 * URLs), stores it as the next version and reconciles the registrations to it, all in one
 * transaction under an advisory lock, so concurrent applies (or instances starting together)
 * take turns and a refused document changes nothing.
 */
@ApplicationScoped
public class FleetApply {
    private final FleetVersionRepository versions;
    private final Reconciler reconciler;
    private final EgressGuard egress;
    private final PrometheusSource prometheus;

    public FleetApply(FleetVersionRepository versions, Reconciler reconciler, EgressGuard egress, PrometheusSource prometheus) {
        this.versions = versions;
        this.reconciler = reconciler;
        this.egress = egress;
        this.prometheus = prometheus;
    }

    /** Reads {@code yaml}; throws {@link FleetRejected} with every problem. */
    public Uni<FleetDocument> check(String yaml) {
        FleetReading reading = FleetReading.of(yaml);
        if (reading instanceof FleetReading.Unreadable u) {
            return Uni.createFrom().failure(FleetRejected.syntax(u.error()));
        }
        if (reading instanceof FleetReading.Invalid invalid) {
            return Uni.createFrom().failure(FleetRejected.breaking(invalid.errors()));
        }
        FleetDocument document = ((FleetReading.Valid) reading).document();
        return egressErrors(document).map(errors -> {
            List<FleetError> all = new ArrayList<>(errors);
            // what only the configured Prometheus source can judge (its default preset, say)
            prometheus.checkFleet(document).ifPresent(problem -> all.add(new FleetError("services", "Prometheus queries: " + problem)));
            return all;
        }).chain(errors -> errors.isEmpty() ? Uni.createFrom().item(document)
                : Uni.createFrom().failure(FleetRejected.breaking(errors)));
    }

    /** Accepts {@code yaml} as the declared fleet (origin file or api). */
    public Uni<FleetApplied> apply(String yaml, String origin, String filePath) {
        return check(yaml).chain(document -> store(yaml, document, origin, filePath, null));
    }

    /** Declares an earlier version again, as a new version: the previous one, or {@code to}. */
    public Uni<FleetApplied> rollback(Optional<Long> to) {
        return target(to).chain(row -> check(row.yaml).chain(document -> store(row.yaml, document, "rollback", row.filePath,
                row.version)));
    }

    /** Called from within this bean, so sessions are opened here rather than by interceptor annotations. */
    private Uni<FleetVersionEntity> target(Optional<Long> to) {
        return Panache.withSession(() -> find(to));
    }

    private Uni<FleetVersionEntity> find(Optional<Long> to) {
        if (to.isPresent()) {
            return versions.findById(to.get()).onItem().ifNull()
                    .failWith(() -> ProblemException.notFound("fleet version " + to.get() + " does not exist"))
                    .chain(row -> row.isRelease() ? Uni.createFrom().failure(ProblemException.conflict("fleet version " + row.version
                            + " is a release, not a document: DELETE /fleet releases the fleet")) : Uni.createFrom().item(row));
        }
        // the document in force before the current version (a release in between is skipped over)
        return versions.current().chain(current -> current == null
                ? Uni.createFrom().failure(ProblemException.conflict("no fleet version was ever accepted: nothing to roll back to"))
                : versions.find("origin <> ?1 and version < ?2", Sort.descending("version"), FleetVersionEntity.RELEASE,
                        current.version).firstResult().onItem().ifNull().failWith(() -> ProblemException.conflict(
                                "fleet version " + current.version + " has no earlier document: nothing to roll back to")));
    }

    /** Ends the declaration: registrations stay as they are and the API may change them again. */
    public Uni<FleetApplied> release() {
        return Panache.withTransaction(() -> FleetLock.exclusive()
                .chain(() -> versions.current())
                .chain(current -> {
                    if (current == null || current.isRelease()) {
                        return Uni.createFrom().failure(ProblemException.conflict("no fleet is declared: nothing to release"));
                    }
                    FleetVersionEntity row = new FleetVersionEntity();
                    row.version = current.version + 1;
                    row.yaml = "";
                    row.sha256 = sha256("");
                    row.origin = FleetVersionEntity.RELEASE;
                    List<String> none = List.of();
                    return versions.persist(row).replaceWith(new FleetApplied(row.version, true, null,
                            new Reconciliation(none, none, none, none, none, none)));
                }));
    }

    private Uni<FleetApplied> store(String yaml, FleetDocument document, String origin, String filePath, Long restoredFrom) {
        return Panache.withTransaction(() -> storeInTransaction(yaml, document, origin, filePath, restoredFrom));
    }

    private Uni<FleetApplied> storeInTransaction(String yaml, FleetDocument document, String origin, String filePath,
            Long restoredFrom) {
        String sha = sha256(yaml);
        return FleetLock.exclusive()
                .chain(() -> versions.current())
                .chain(current -> {
                    if (current != null && current.sha256.equals(sha) && restoredFrom == null) {
                        // the same document again (a restart with an unchanged file): no new version, but repair any drift
                        return reconciler.reconcile(document).map(changes -> new FleetApplied(current.version, false, null, changes));
                    }
                    FleetVersionEntity row = new FleetVersionEntity();
                    row.version = current == null ? 1 : current.version + 1;
                    row.yaml = yaml;
                    row.sha256 = sha;
                    row.origin = origin;
                    row.filePath = filePath;
                    row.restoredFrom = restoredFrom;
                    return versions.persist(row).chain(() -> reconciler.reconcile(document))
                            .map(changes -> new FleetApplied(row.version, true, restoredFrom, changes));
                });
    }

    /** Health URLs the egress policy refuses, worded like the file's other errors. */
    private Uni<List<FleetError>> egressErrors(FleetDocument document) {
        List<DeclaredService> services = document.services();
        List<Integer> probed = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).healthUrl() != null) {
                probed.add(i);
            }
        }
        return Multi.createFrom().iterable(probed)
                .onItem().transformToUniAndConcatenate(i -> egress.checkRegistration(services.get(i).healthUrl())
                        .map(refused -> refused.map(rule -> new FleetError("services[" + i + "].healthUrl",
                                Bounded.quote(services.get(i).healthUrl()) + " is refused by the egress policy: " + rule))))
                .collect().asList()
                .map(found -> found.stream().flatMap(Optional::stream).toList());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

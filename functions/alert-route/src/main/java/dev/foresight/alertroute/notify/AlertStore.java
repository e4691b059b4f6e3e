package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.alert.NewAlert;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dedup.DedupWindow;
import dev.foresight.alertroute.fingerprint.Fingerprint;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.shared.alert.AlertEntity;
import dev.foresight.shared.alert.AlertRepository;
import dev.foresight.shared.alert.NotificationEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dedup and store stages, in one transaction: a repeat inside the window updates the stored
 * alert; anything else becomes a new alert with one pending notification row per receiver.
 */
@ApplicationScoped
public class AlertStore {
    private final AlertRepository alerts;
    private final ServiceRepository services;
    private final DeliveryLog log;
    private final DedupWindow window;
    private final boolean requireRegisteredService;

    public AlertStore(AlertRepository alerts, ServiceRepository services, DeliveryLog log, DedupWindow window,
            AlertRouteConfig config) {
        this.alerts = alerts;
        this.services = services;
        this.log = log;
        this.window = window;
        this.requireRegisteredService = config.intake().requireRegisteredService();
    }

    /** What the store did: the alert as stored, whether it was a repeat, and the deliveries to start. */
    public record Stored(AlertView alert, boolean deduplicated, List<Delivery.Pending> pending) {}

    @WithTransaction
    public Uni<Stored> upsert(NewAlert alert, Severity severity, String fingerprint,
            Function<AlertView, List<Receiver>> receiversFor) {
        // PostgreSQL keeps microseconds: answer with what a later read will return
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return checkService(alert.service())
                .chain(() -> lock(fingerprint))
                .chain(() -> alerts.openSince(fingerprint, utc(window.since(now))))
                .chain(previous -> {
                    DedupWindow.Decision decision = window.decide(Optional.ofNullable(previous).map(AlertStore::seen), severity, now);
                    if (decision instanceof DedupWindow.Repeat repeat) {
                        return update(previous, repeat, alert, receiversFor);
                    }
                    return create(alert, severity, fingerprint, now, receiversFor);
                });
    }

    private Uni<Void> checkService(String service) {
        if (!requireRegisteredService) {
            return Uni.createFrom().voidItem();
        }
        return services.findByName(service).invoke(found -> {
            if (found == null) {
                throw ProblemException.invalid("service", "unknown service \"" + service + "\"; register it with POST /services first");
            }
        }).replaceWithVoid();
    }

    /** Serialises concurrent arrivals of one fingerprint, across instances, until this transaction ends. */
    private Uni<Void> lock(String fingerprint) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:key)", Integer.class)
                .setParameter("key", Fingerprint.key(fingerprint))
                .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * A repeat updates the stored alert. When it raised the severity, the receivers that accept the
     * new severity but did not accept the old one hear of it now (a predicted failure turning
     * critical must not stay at the level it was first seen at). When a predicted failure has
     * arrived (its time to failure reached 0), every receiver of it hears that once.
     */
    private Uni<Stored> update(AlertEntity stored, DedupWindow.Repeat repeat, NewAlert alert,
            Function<AlertView, List<Receiver>> receiversFor) {
        boolean arrived = stored.timeToFailureSeconds != null && stored.timeToFailureSeconds > 0
                && alert.timeToFailureSeconds() != null && alert.timeToFailureSeconds() == 0;
        List<Receiver> before = arrived ? List.of() : receiversFor.apply(AlertView.of(stored));
        stored.occurrences = repeat.occurrences();
        stored.severity = repeat.severity().label();
        stored.lastSeenAt = utc(repeat.lastSeenAt());
        stored.summary = alert.summary();
        stored.confidence = alert.confidence();
        stored.timeToFailureSeconds = alert.timeToFailureSeconds();
        AlertView view = AlertView.of(stored);
        List<Receiver> added = receiversFor.apply(view).stream().filter(r -> !before.contains(r)).toList();
        return open(stored.id, added).map(pending -> new Stored(view, true, pending));
    }

    private Uni<List<Delivery.Pending>> open(long alertId, List<Receiver> receivers) {
        if (receivers.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(receivers)
                .onItem().transformToUniAndConcatenate(receiver -> log.open(alertId, receiver.name())
                        .map(row -> new Opened(row, receiver)))
                .collect().asList()
                .call(opened -> Panache.flush())
                .map(opened -> opened.stream().map(o -> new Delivery.Pending(o.row().id, o.receiver())).toList());
    }

    private Uni<Stored> create(NewAlert alert, Severity severity, String fingerprint, Instant now,
            Function<AlertView, List<Receiver>> receiversFor) {
        AlertEntity entity = new AlertEntity();
        entity.fingerprint = fingerprint;
        entity.type = alert.type();
        entity.service = alert.service();
        entity.severity = severity.label();
        entity.summary = alert.summary();
        entity.labels = alert.labels();
        entity.confidence = alert.confidence();
        entity.timeToFailureSeconds = alert.timeToFailureSeconds();
        entity.startsAt = utc(now);
        entity.lastSeenAt = entity.startsAt;
        return alerts.persistAndFlush(entity).chain(saved -> {
            AlertView view = AlertView.of(saved);
            return open(saved.id, receiversFor.apply(view)).map(pending -> new Stored(view, false, pending));
        });
    }

    private record Opened(NotificationEntity row, Receiver receiver) {}

    private static DedupWindow.Seen seen(AlertEntity e) {
        return new DedupWindow.Seen(e.lastSeenAt.toInstant(), "resolved".equals(e.status),
                Severity.parse(e.severity).orElse(Severity.LOW), e.occurrences);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

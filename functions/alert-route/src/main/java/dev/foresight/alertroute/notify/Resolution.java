package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.shared.alert.AlertEntity;
import dev.foresight.shared.alert.AlertRepository;
import dev.foresight.shared.alert.NotificationRepository;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolving an alert, by an operator or by the resolve timeout: one conditional update decides
 * who resolves it (so two instances never both notify), and each receiver that was told the alert
 * fired is told it resolved.
 */
@ApplicationScoped
public class Resolution {
    private final AlertRepository alerts;
    private final NotificationRepository notifications;
    private final DeliveryLog log;
    private final Delivery delivery;
    private final Map<String, Receiver> receivers;

    public Resolution(AlertRepository alerts, NotificationRepository notifications, DeliveryLog log, Delivery delivery,
            FanOut fanOut) {
        this.alerts = alerts;
        this.notifications = notifications;
        this.log = log;
        this.delivery = delivery;
        this.receivers = fanOut.all().stream().collect(Collectors.toMap(Receiver::name, Function.identity()));
    }

    /** Resolves alert {@code id} (404 if absent); resolving twice keeps the first resolution and notifies once. */
    public Uni<AlertView> resolve(long id) {
        return Panache.withTransaction(() -> resolveAndOpen(id)).invoke(done -> delivery.dispatch(done.alert(), done.pending())).map(Done::alert);
    }

    private record Done(AlertView alert, List<Delivery.Pending> pending) {}

    private Uni<Done> resolveAndOpen(long id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return alerts.update("status = 'resolved', resolvedAt = ?1 where id = ?2 and status <> 'resolved'", now, id)
                .chain(changed -> alerts.findById(id).chain(alert -> {
                    if (alert == null) {
                        throw ProblemException.notFound("alert " + id + " does not exist");
                    }
                    return changed == 1 ? openResolved(alert) : Uni.createFrom().item(new Done(AlertView.of(alert), List.of()));
                }));
    }

    /** One pending row per receiver that delivered the firing alert. */
    private Uni<Done> openResolved(AlertEntity alert) {
        AlertView view = AlertView.of(alert);
        return notifications.forAlert(alert.id).chain(rows -> {
            Set<String> told = rows.stream().filter(r -> "sent".equals(r.status)).map(r -> r.channel)
                    .filter(receivers::containsKey).collect(Collectors.toCollection(java.util.TreeSet::new));
            return Multi.createFrom().iterable(told)
                    .onItem().transformToUniAndConcatenate(channel -> log.open(alert.id, channel)
                            .map(row -> new Delivery.Pending(row.id, receivers.get(channel))))
                    .collect().asList()
                    .call(ignored -> alerts.flush())
                    .map(pending -> new Done(view, pending));
        });
    }
}

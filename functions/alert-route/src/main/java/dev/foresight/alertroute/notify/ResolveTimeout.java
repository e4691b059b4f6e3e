package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.shared.alert.AlertRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Resolves alerts nobody re-posted within the resolve timeout: a prediction that no longer holds
 * stops being sent, and this is how its alert ends. Any instance may sweep; {@link Resolution}'s
 * conditional update lets exactly one of them notify.
 */
@ApplicationScoped
public class ResolveTimeout {
    private final AlertRepository alerts;
    private final Resolution resolution;
    private final Duration timeout;

    public ResolveTimeout(AlertRepository alerts, Resolution resolution, AlertRouteConfig config) {
        this.alerts = alerts;
        this.resolution = resolution;
        this.timeout = config.resolve().timeout();
    }

    @Scheduled(every = "${foresight.alert-route.resolve.check-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return Panache.withSession(this::stale).onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(resolution::resolve)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<List<Long>> stale() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(timeout);
        return alerts.list("status <> 'resolved' and lastSeenAt < ?1", cutoff)
                .map(list -> list.stream().map(alert -> alert.id).toList());
    }
}

package dev.foresight.alertroute.delivery;

import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.dispatch.Attempt;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.dispatch.Notifier;
import dev.foresight.alertroute.dispatch.Sender;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.notify.SendResult;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the queued notifications, on every instance: claims the due rows (each row has one
 * sender at a time, across instances), makes one round of attempts per row outside any
 * transaction, and records it. A round that ends retryable leaves the row pending for a later
 * round, so a receiver down for minutes hears everything once it is back; a row whose instance
 * died mid-round is claimed again when its lease runs out, and that lost round is recorded as an
 * attempt without an answer. Delivery is at least once: a receiver that got a request whose
 * answer was lost in a crash gets it again.
 */
@ApplicationScoped
public class DeliverySweeper {
    private static final Logger LOG = Logger.getLogger(DeliverySweeper.class);

    private final DeliveryQueue queue;
    private final Sender sender;
    private final RunningConfig config;
    private final Vertx vertx;
    private final Duration poll;
    private final Duration lease;
    private final int concurrency;
    private final RedeliveryBackoff backoff;
    /** Names this instance's leases; a restarted process is another owner. */
    private final String owner = "alert-route-" + UUID.randomUUID();
    private final Set<Long> working = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private long sweepTimer = -1;
    private long renewTimer = -1;

    public DeliverySweeper(DeliveryQueue queue, Sender sender, RunningConfig config, Vertx vertx, AlertRouteConfig settings) {
        this.queue = queue;
        this.sender = sender;
        this.config = config;
        this.vertx = vertx;
        this.poll = settings.alertmanager().poll();
        AlertRouteConfig.Delivery delivery = settings.delivery();
        if (delivery.lease().compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("foresight.alert-route.delivery.lease \"" + delivery.lease()
                    + "\" must be at least 1s");
        }
        this.lease = delivery.lease();
        this.concurrency = delivery.concurrency();
        this.backoff = new RedeliveryBackoff(delivery.retryInitialBackoff(), delivery.retryMaxBackoff());
    }

    void start(@Observes StartupEvent started) {
        LOG.infof("sending queued notifications as %s", owner);
        sweepTimer = vertx.setPeriodic(Math.max(10, poll.toMillis()), id -> wake());
        // renewed three times per lease: a live instance never loses a row to a sweeper elsewhere
        renewTimer = vertx.setPeriodic(Math.max(100, lease.toMillis() / 3), id -> queue.renew(owner, lease, List.copyOf(working))
                .subscribe().with(done -> { }, failure -> LOG.warnf("renewing delivery leases failed: %s", failure.toString())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(sweepTimer);
        vertx.cancelTimer(renewTimer);
    }

    /** Looks for due rows now (a flush just queued some), or right after the claim under way. */
    public void wake() {
        if (!config.loaded()) {
            return; // which integration a row is for is known once the configuration is
        }
        if (!claiming.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        int room = concurrency - working.size();
        Uni<List<Claimed>> claimed = room <= 0 ? Uni.createFrom().item(List.of()) : queue.claim(owner, lease, room);
        claimed.onTermination().invoke(() -> {
                    claiming.set(false);
                    if (again.get()) {
                        vertx.runOnContext(this::wake);
                    }
                })
                .subscribe().with(rows -> rows.forEach(this::deliver),
                        failure -> LOG.warnf("claiming queued notifications failed, retrying on the next poll: %s", failure.toString()));
    }

    private void deliver(Claimed row) {
        if (!working.add(row.id())) {
            // this instance still works on it: its lease lapsed (the event loop stalled past a renewal); the claim renewed it
            return;
        }
        LOG.debugf("notification %d claimed%s", row.id(), row.abandonedBy().map(o -> ", abandoned by " + o).orElse(""));
        // whatever goes wrong in a round leaves the row pending for a later one, never held by this instance
        Uni.createFrom().deferred(() -> round(row))
                .onFailure().recoverWithItem(failure -> new DeliveryQueue.Settlement("pending", row.attempts(), row.rounds() + 1,
                        row.attemptLog(), failure.toString(), Instant.now().plus(backoff.after(row.rounds() + 1,
                                ThreadLocalRandom.current().nextDouble()))))
                .chain(settlement -> queue.settle(row, owner, settlement).invoke(kept -> {
                    if (!kept) {
                        LOG.warnf("notification %d was taken over by another instance while this one worked on it", row.id());
                    }
                }))
                .onTermination().invoke(() -> {
                    working.remove(row.id());
                    vertx.runOnContext(this::wake);
                })
                .subscribe().with(done -> { }, failure -> LOG.warnf("recording notification %d failed; it is retried once its "
                        + "lease runs out: %s", row.id(), failure.toString()));
    }

    /** One round: the receiver's retry policy's attempts, then what the row becomes. */
    private Uni<DeliveryQueue.Settlement> round(Claimed row) {
        JsonArray log = row.attemptLog().copy();
        int attempts = row.attempts();
        if (row.abandonedBy().isPresent()) {
            attempts++;
            log.add(attempt(attempts, Instant.now(), 0, "retryable", row.abandonedBy().get().equals(owner)
                    ? "no answer recorded: this instance could not record its round before its lease ran out"
                    : "no answer recorded: " + row.abandonedBy().get() + " stopped while delivering (its lease ran out)"));
        }
        int before = attempts;
        Notification notification = NotificationJson.decode(row.payload());
        if (notification.alerts().isEmpty()) {
            // nothing to tell (an integration without send_resolved): only the log is written, in its turn
            return Uni.createFrom().item(new DeliveryQueue.Settlement("sent", before, row.rounds(), log, null, Instant.now()));
        }
        Optional<Integration> integration = integration(row);
        if (integration.isEmpty()) {
            String why = "integration " + row.integration() + " is no longer in the configuration";
            return Uni.createFrom().item(new DeliveryQueue.Settlement("failed", before, row.rounds(), log, why, Instant.now()));
        }
        return sender.send(integration.get(), notification)
                .map(delivered -> {
                    int n = before;
                    for (Attempt a : delivered.log()) {
                        n++;
                        log.add(attempt(n, a.at(), a.millis(), a.outcome().name().toLowerCase(Locale.ROOT), a.detail()));
                    }
                    SendResult result = delivered.result();
                    int rounds = row.rounds() + 1;
                    return switch (result.outcome()) {
                        case OK -> new DeliveryQueue.Settlement("sent", n, rounds, log, null, Instant.now());
                        case FATAL -> new DeliveryQueue.Settlement("failed", n, rounds, log, result.detail(), Instant.now());
                        case RETRYABLE -> new DeliveryQueue.Settlement("pending", n, rounds, log, result.detail(),
                                Instant.now().plus(backoff.after(rounds, ThreadLocalRandom.current().nextDouble())));
                    };
                })
                .onFailure().recoverWithItem(failure -> new DeliveryQueue.Settlement("pending", before, row.rounds() + 1, log,
                        failure.toString(), Instant.now().plus(backoff.after(row.rounds() + 1, ThreadLocalRandom.current().nextDouble()))));
    }

    private Optional<Integration> integration(Claimed row) {
        ReceiverSpec receiver = config.engine().receivers().get(row.receiver());
        if (receiver == null) {
            return Optional.empty();
        }
        for (Notifier notifier : sender.notifiers()) {
            for (Integration integration : notifier.integrations(receiver)) {
                if (integration.id().equals(row.integration())) {
                    return Optional.of(integration);
                }
            }
        }
        return Optional.empty();
    }

    private static JsonObject attempt(int number, Instant at, long millis, String outcome, String detail) {
        return new JsonObject().put("attempt", number).put("at", at.toString()).put("millis", millis).put("outcome", outcome)
                .put("detail", detail);
    }
}

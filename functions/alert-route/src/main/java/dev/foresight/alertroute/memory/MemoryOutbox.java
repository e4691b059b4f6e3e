package dev.foresight.alertroute.memory;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.config.AlertRouteConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Drains {@code memory_outbox} (filled by a trigger on {@code alerts}, in the alert's own
 * transaction) into embed, in the background: intake and notification never wait for embed and
 * never fail because of it. A poll leases a batch by pushing its rows' next attempt past the call
 * timeout ({@code SKIP LOCKED}: instances share the work), then calls embed outside any
 * transaction; a stored memory deletes its row, a failure backs it off exponentially.
 */
@ApplicationScoped
public class MemoryOutbox {
    private static final Logger LOG = Logger.getLogger(MemoryOutbox.class);
    private static final int MAX_ERROR = 500;
    /** With memory off, how long outbox rows wait for an instance that records them, and how often that is checked. */
    static final Duration UNRECORDED_KEEP = Duration.ofDays(1);
    private static final Duration UNRECORDED_PURGE = Duration.ofHours(1);

    private final Pool db;
    private final EmbedGateway gateway;
    private final Vertx vertx;
    private final AlertRouteConfig.Memory.Outbox settings;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Counter> recorded;
    private final Counter failed;
    private long timer = -1;

    public MemoryOutbox(Pool db, EmbedGateway gateway, Vertx vertx, AlertRouteConfig config, MeterRegistry registry) {
        this.db = db;
        this.gateway = gateway;
        this.vertx = vertx;
        this.settings = config.memory().outbox();
        this.enabled = config.memory().clientSecret().filter(secret -> !secret.isBlank()).isPresent();
        this.recorded = Map.of(MemoryDraft.ALERT, recorded(registry, MemoryDraft.ALERT),
                MemoryDraft.ACKNOWLEDGEMENT, recorded(registry, MemoryDraft.ACKNOWLEDGEMENT),
                MemoryDraft.INCIDENT, recorded(registry, MemoryDraft.INCIDENT));
        this.failed = Counter.builder("foresight.memory.record.failures")
                .description("Attempts to record a memory in embed that failed and will be retried").register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            LOG.info("incident memory is off: set foresight.alert-route.memory.client-secret to record alerts in embed");
            // the alerts trigger still fills the outbox: rows no instance recorded within a day are dropped
            timer = vertx.setPeriodic(UNRECORDED_PURGE.toMillis(), id -> purgeUnrecorded().subscribe().with(
                    dropped -> { }, failure -> LOG.debugf("memory outbox purge failed: %s", failure.toString())));
            return;
        }
        timer = vertx.setPeriodic(settings.poll().toMillis(), id -> {
            if (running.compareAndSet(false, true)) {
                drain().onTermination().invoke(() -> running.set(false)).subscribe().with(done -> { }, failure -> { });
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** With memory off here, drops outbox rows older than {@link #UNRECORDED_KEEP}; how many. */
    Uni<Integer> purgeUnrecorded() {
        return db.preparedQuery("delete from memory_outbox where created_at < now() - $1 * interval '1 second'")
                .execute(Tuple.of(UNRECORDED_KEEP.toSeconds())).map(rows -> rows.rowCount());
    }

    /** One pass: how many memories were recorded. */
    public Uni<Integer> drain() {
        Duration lease = settings.timeout().multipliedBy(2).plusSeconds(5);
        return db.preparedQuery("with due as (select id from memory_outbox where next_attempt_at <= now() "
                        + "order by next_attempt_at limit $1 for update skip locked) "
                        + "update memory_outbox o set next_attempt_at = now() + $2 * interval '1 millisecond' from due "
                        + "where o.id = due.id returning o.id, o.alert_id, o.kind, o.attempts")
                .execute(Tuple.of(settings.batch(), lease.toMillis()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    java.util.List<Row> leased = new java.util.ArrayList<>();
                    rows.forEach(leased::add);
                    return Multi.createFrom().iterable(leased).onItem().transformToUniAndConcatenate(this::recordOne)
                            .collect().asList().map(done -> (int) done.stream().filter(ok -> ok).count());
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("memory outbox pass failed, retrying on the next poll: %s", failure.toString());
                    return 0;
                });
    }

    private Uni<Boolean> recordOne(Row row) {
        long id = row.getLong("id");
        String kind = row.getString("kind");
        int attempts = row.getInteger("attempts");
        return db.preparedQuery("select " + AlertRows.COLUMNS + ", resolution_note from alerts where id = $1")
                .execute(Tuple.of(row.getLong("alert_id")))
                .chain(found -> {
                    if (found.size() == 0) {
                        return delete(id); // the alert is gone (the row too, by cascade): nothing to remember
                    }
                    Row alertRow = found.iterator().next();
                    AlertView alert = AlertRows.view(alertRow);
                    MemoryRecord memory = MemoryDraft.of(kind, alert, alertRow.getString("resolution_note"));
                    return gateway.record(memory, settings.timeout())
                            .invoke(() -> recorded.get(kind).increment())
                            .chain(() -> delete(id));
                })
                .onFailure().recoverWithUni(failure -> backOff(id, attempts, failure));
    }

    private Uni<Boolean> delete(long id) {
        return db.preparedQuery("delete from memory_outbox where id = $1").execute(Tuple.of(id)).replaceWith(true);
    }

    private Uni<Boolean> backOff(long id, int attempts, Throwable failure) {
        failed.increment();
        Duration wait = backoff(settings.initialBackoff(), settings.maxBackoff(), attempts);
        String error = failure.toString();
        LOG.debugf("memory outbox row %d not recorded (attempt %d), next in %s: %s", id, attempts + 1, wait, error);
        return db.preparedQuery("update memory_outbox set attempts = attempts + 1, last_error = $2, "
                        + "next_attempt_at = now() + $3 * interval '1 millisecond' where id = $1")
                .execute(Tuple.of(id, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error, wait.toMillis()))
                .replaceWith(false)
                .onFailure().recoverWithItem(false);
    }

    /** {@code initial} doubled per earlier failure, at most {@code max}. */
    static Duration backoff(Duration initial, Duration max, int failuresBefore) {
        Duration wait = initial;
        for (int i = 0; i < failuresBefore && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static Counter recorded(MeterRegistry registry, String kind) {
        return Counter.builder("foresight.memory.recorded").description("Memories recorded in embed, by kind")
                .tag("kind", kind).register(registry);
    }
}

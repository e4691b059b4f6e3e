package dev.foresight.alertroute.delivery;

import dev.foresight.alertroute.am.notify.LogEntry;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code notification_deliveries} table: queued by a flush inside its transaction, claimed by
 * sweepers with {@code FOR UPDATE SKIP LOCKED} and a lease (so across instances a row has one
 * sender at a time), and settled in one short transaction that also writes its alerts' rows and,
 * once sent, the notification log.
 */
@ApplicationScoped
public class DeliveryQueue {
    private final Pool db;

    public DeliveryQueue(Pool db) {
        this.db = db;
    }

    /** Queues one notification (its alerts each get a pending row); {@code entry} goes to the log once it is sent. */
    public Uni<Void> enqueue(SqlConnection conn, String logKey, Integration integration, Notification notification,
            LogEntry entry) {
        return conn.preparedQuery("insert into notification_deliveries (log_key, integration, receiver, payload, firing, "
                        + "resolved, status, next_attempt_at) values ($1, $2, $3, $4, $5, $6, 'pending', now()) returning id")
                .execute(Tuple.from(new Object[] {logKey, integration.id(), integration.receiver(),
                        NotificationJson.encode(notification), entry.firing().toArray(String[]::new),
                        entry.resolved().toArray(String[]::new)}))
                .chain(rows -> notification.alerts().isEmpty() ? Uni.createFrom().voidItem()
                        : conn.preparedQuery("insert into notifications (alert_id, channel, integration, status, delivery_id) "
                                        + "select unnest($1::bigint[]), $2, $3, 'pending', $4")
                                .execute(Tuple.of(notification.alerts().stream().map(GroupAlert::id).toArray(Long[]::new),
                                        integration.receiver(), integration.id(), rows.iterator().next().getLong("id")))
                                .replaceWithVoid());
    }

    /**
     * What each integration of a group has been told: the notification log, except that the newest
     * notification still queued for an integration counts as told ({@code queued} names those), so
     * a flush neither queues the same state again nor repeats it while the receiver is down. One
     * statement, one snapshot: a row sent meanwhile is seen either queued or logged, never neither.
     */
    public record Told(Map<String, LogEntry> entries, Set<String> queued) {}

    public Uni<Told> told(SqlConnection conn, String logKey, Instant now) {
        return conn.preparedQuery("select integration, firing, resolved, sent_at, false as queued from notification_log "
                        + "where group_id = $1 union all (select distinct on (integration) integration, firing, resolved, "
                        + "null::timestamptz, true from notification_deliveries where log_key = $1 and status = 'pending' "
                        + "order by integration, id desc)")
                .execute(Tuple.of(logKey))
                .map(rows -> {
                    Map<String, LogEntry> logged = new HashMap<>();
                    Map<String, LogEntry> queued = new HashMap<>();
                    rows.forEach(row -> {
                        boolean isQueued = row.getBoolean("queued");
                        (isQueued ? queued : logged).put(row.getString("integration"), new LogEntry(
                                Set.of(row.getArrayOfStrings("firing")), Set.of(row.getArrayOfStrings("resolved")),
                                isQueued ? now : row.getOffsetDateTime("sent_at").toInstant()));
                    });
                    logged.putAll(queued);
                    return new Told(logged, Set.copyOf(queued.keySet()));
                });
    }

    /**
     * Claims up to {@code limit} due rows: pending, their wait over, no live lease, and the oldest
     * still pending of their integration for their group (an integration hears a group's states in order).
     */
    Uni<List<Claimed>> claim(String owner, Duration lease, int limit) {
        return db.preparedQuery("with due as (select d.id, d.leased_by as previous from notification_deliveries d "
                        + "where d.status = 'pending' and d.next_attempt_at <= now() "
                        + "and (d.lease_until is null or d.lease_until < now()) "
                        + "and not exists (select 1 from notification_deliveries e where e.status = 'pending' "
                        + "and e.log_key = d.log_key and e.integration = d.integration and e.id < d.id) "
                        + "order by d.next_attempt_at, d.id limit $3 for update of d skip locked) "
                        + "update notification_deliveries d set leased_by = $1, lease_until = now() + make_interval(secs => $2), "
                        + "updated_at = now() from due where d.id = due.id "
                        + "returning d.id, d.log_key, d.integration, d.receiver, d.payload, d.firing, d.resolved, d.attempts, "
                        + "d.rounds, d.attempt_log, due.previous")
                .execute(Tuple.of(owner, lease.toMillis() / 1000.0, limit))
                .map(rows -> {
                    List<Claimed> out = new ArrayList<>();
                    rows.forEach(row -> out.add(claimed(row)));
                    return out;
                });
    }

    private static Claimed claimed(Row row) {
        Object log = row.getValue("attempt_log");
        return new Claimed(row.getLong("id"), row.getString("log_key"), row.getString("integration"),
                row.getString("receiver"), row.getJsonObject("payload"), Set.of(row.getArrayOfStrings("firing")),
                Set.of(row.getArrayOfStrings("resolved")), row.getInteger("attempts"), row.getInteger("rounds"),
                log instanceof JsonArray array ? array : new JsonArray(), Optional.ofNullable(row.getString("previous")));
    }

    /** Keeps this instance's leases on the rows it is still working on. */
    Uni<Void> renew(String owner, Duration lease, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery("update notification_deliveries set lease_until = now() + make_interval(secs => $3) "
                        + "where id = any($2) and leased_by = $1 and status = 'pending'")
                .execute(Tuple.of(owner, ids.toArray(Long[]::new), lease.toMillis() / 1000.0))
                .replaceWithVoid();
    }

    /** How a round ended, to be written on the row and its alerts' rows. */
    record Settlement(String status, int attempts, int rounds, JsonArray attemptLog, String lastError, Instant nextAttemptAt) {}

    /**
     * Records a round. Only while this instance still holds the lease: false when another instance
     * took the row over (this one was stalled past its lease), and then nothing is written.
     */
    Uni<Boolean> settle(Claimed row, String owner, Settlement s) {
        return db.withTransaction(conn -> conn.preparedQuery("update notification_deliveries set status = $3, attempts = $4, "
                                + "rounds = $5, attempt_log = $6, last_error = $7, next_attempt_at = $8, leased_by = null, "
                                + "lease_until = null, updated_at = now() where id = $1 and leased_by = $2")
                        .execute(Tuple.from(new Object[] {row.id(), owner, s.status(), s.attempts(), s.rounds(), s.attemptLog(),
                                s.lastError(), java.time.OffsetDateTime.ofInstant(s.nextAttemptAt(), java.time.ZoneOffset.UTC)}))
                        .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().item(false)
                                : conn.preparedQuery("update notifications set status = $2, attempts = $3, attempt_log = $4, "
                                                + "last_error = $5, updated_at = now() where delivery_id = $1")
                                        .execute(Tuple.of(row.id(), s.status(), s.attempts(), s.attemptLog(), s.lastError()))
                                        .chain(() -> "sent".equals(s.status()) ? writeLog(conn, row) : Uni.createFrom().voidItem())
                                        .replaceWith(true)));
    }

    /**
     * The log entry carries the flush's time, not the send's: the repeat interval counts from the
     * flush that decided the notification, as Alertmanager's does, whatever the receiver's delay.
     */
    private static Uni<Void> writeLog(SqlConnection conn, Claimed row) {
        Instant decided = Instant.parse(row.payload().getString("at"));
        return conn.preparedQuery("insert into notification_log (group_id, integration, firing, resolved, sent_at) "
                        + "values ($1, $2, $3, $4, $5) on conflict (group_id, integration) do update set "
                        + "firing = excluded.firing, resolved = excluded.resolved, sent_at = excluded.sent_at")
                .execute(Tuple.of(row.logKey(), row.integration(), row.firing().toArray(String[]::new),
                        row.resolved().toArray(String[]::new), java.time.OffsetDateTime.ofInstant(decided, java.time.ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}

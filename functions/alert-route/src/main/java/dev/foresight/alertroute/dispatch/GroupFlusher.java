package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.am.notify.LogEntry;
import dev.foresight.alertroute.am.route.Route;
import dev.foresight.alertroute.amconfig.Engine;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.delivery.DeliveryQueue;
import dev.foresight.alertroute.delivery.DeliverySweeper;
import dev.foresight.alertroute.memory.SimilarIncident;
import dev.foresight.alertroute.memory.SimilarIncidents;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Flushes the aggregation groups whose time has come. Every instance polls; the row lock taken
 * with {@code SKIP LOCKED} lets exactly one of them flush a group. A flush decides, against the
 * notification log and the notifications still queued, what each integration must be told, and
 * queues it in the same short transaction; {@link DeliverySweeper} sends it afterwards, outside
 * any transaction, so a receiver that is slow or down holds no connection and no lock, and a
 * crash mid-delivery leaves a queued row that any instance finishes. After a flush the group waits {@code group_interval}; a group
 * with no alerts left is removed.
 */
@ApplicationScoped
public class GroupFlusher {
    private static final Logger LOG = Logger.getLogger(GroupFlusher.class);
    /** Below the connection pool's size (8), so intake always finds a connection. */
    private static final int PARALLEL_FLUSHES = 6;

    private final Pool db;
    private final RunningConfig config;
    private final MuteSources muteSources;
    private final Sender sender;
    private final DeliveryQueue deliveries;
    private final DeliverySweeper sweeper;
    private final SimilarIncidents similarIncidents;
    private final Vertx vertx;
    private final Duration poll;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public GroupFlusher(Pool db, RunningConfig config, MuteSources muteSources, Sender sender, Vertx vertx,
            AlertRouteConfig settings, SimilarIncidents similarIncidents, DeliveryQueue deliveries, DeliverySweeper sweeper) {
        this.deliveries = deliveries;
        this.sweeper = sweeper;
        this.db = db;
        this.similarIncidents = similarIncidents;
        this.config = config;
        this.muteSources = muteSources;
        this.sender = sender;
        this.vertx = vertx;
        this.poll = settings.alertmanager().poll();
    }

    /** A Vert.x timer, not the scheduler: group timings of a second or two need polls well under a second. */
    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(Math.max(10, poll.toMillis()), id -> {
            if (running.compareAndSet(false, true)) {
                tick().onTermination().invoke(() -> running.set(false)).subscribe().with(done -> { }, failure -> { });
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    Uni<Void> tick() {
        Instant now = Instant.now();
        return db.preparedQuery("select id from alert_groups where next_flush_at <= $1 order by next_flush_at limit 200")
                .execute(Tuple.of(Grouping.utc(now)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    List<Long> due = new ArrayList<>();
                    rows.forEach(row -> due.add(row.getLong("id")));
                    Engine engine = config.engine();
                    // groups are independent: flushed side by side, each in its own transaction
                    return muteSources.at(engine, now).chain(mutes -> Multi.createFrom().iterable(due)
                            .onItem().transformToUni(id -> flush(id, engine, mutes)).merge(PARALLEL_FLUSHES)
                            .collect().last().replaceWithVoid())
                            // what the flushes queued is sent now, not at the sweeper's next poll
                            .invoke(sweeper::wake);
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("group flush pass failed, retrying on the next tick: %s", failure.toString());
                    return null;
                });
    }

    private Uni<Void> flush(long id, Engine engine, Mutes mutes) {
        return db.withTransaction(conn -> conn.preparedQuery("select id, route_id, group_labels, group_key, labels, receiver, next_flush_at "
                                + "from alert_groups where id = $1 and next_flush_at <= now() for no key update skip locked")
                        .execute(Tuple.of(id))
                        .chain(rows -> rows.size() == 0 ? Uni.createFrom().voidItem()
                                : flushLocked(conn, rows.iterator().next(), engine, mutes)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("flush of group %d failed, it stays due: %s", id, failure.toString());
                    return null;
                });
    }

    private Uni<Void> flushLocked(SqlConnection conn, Row group, Engine engine, Mutes mutes) {
        long id = group.getLong("id");
        var route = engine.route(group.getString("route_id"));
        if (route.isEmpty()) {
            // its route left the configuration; the regrouping that came with it made the new groups
            return conn.preparedQuery("delete from alert_groups where id = $1").execute(Tuple.of(id)).replaceWithVoid();
        }
        String logKey = group.getString("route_id") + ":" + group.getString("group_labels");
        Instant now = Instant.now();
        List<Integration> integrations = integrations(engine, route.get().receiver());
        return Uni.combine().all().unis(members(conn, id), deliveries.told(conn, logKey, now)).asTuple()
                .chain(loaded -> {
            List<GroupAlert> members = loaded.getItem1();
            Set<String> muted = new HashSet<>();
            members.forEach(alert -> {
                if (mutes.of(alert.labels()).muted()) {
                    muted.add(alert.fingerprint());
                }
            });
            DeliveryQueue.Told told = loaded.getItem2();
            FlushPlan plan = FlushPlan.of(members, muted, engine.timeMuted(route.get(), now), integrations,
                    told.entries(), route.get().repeatInterval(), now);
            Map<String, String> groupLabels = AlertRows.strings(group.getJsonObject("labels"));
            List<GroupAlert> firing = firingTold(plan);
            return similarIncidents.lookup(firing, route.get().groupWait())
                    .call(similar -> remember(conn, firing, similar))
                    .chain(similar -> Multi.createFrom().iterable(plan.sends())
                    .onItem().transformToUniAndConcatenate(send -> deliver(conn, logKey, group.getString("group_key"),
                            groupLabels, send, similar, told.queued(), now))
                    .collect().asList()
                    // what the leaving alerts had to tell is in the queued rows: they leave the group now
                    .chain(queued -> finish(conn, id, group.getOffsetDateTime("next_flush_at").toInstant(), route.get(),
                            plan.leaving(), now)));
        });
    }

    /** The firing alerts this flush tells some integration about: what similar incidents are asked for. */
    private static List<GroupAlert> firingTold(FlushPlan plan) {
        Map<Long, GroupAlert> out = new java.util.LinkedHashMap<>();
        plan.sends().stream().filter(FlushPlan.Send::firing).forEach(send -> send.alerts().stream()
                .filter(alert -> !alert.resolvedAt(send.entry().sentAt())).forEach(alert -> out.putIfAbsent(alert.id(), alert)));
        return List.copyOf(out.values());
    }

    /** The alerts' page ({@code GET /alerts/{id}}) shows what their last firing notification carried. */
    private Uni<Void> remember(SqlConnection conn, List<GroupAlert> firing, List<SimilarIncident> similar) {
        if (similar.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        io.vertx.core.json.JsonArray json = new io.vertx.core.json.JsonArray();
        similar.forEach(incident -> json.add(io.vertx.core.json.JsonObject.mapFrom(incident)));
        return conn.preparedQuery("update alerts set similar_incidents = $2 where id = any($1)")
                .execute(Tuple.of(firing.stream().map(GroupAlert::id).toArray(Long[]::new), json))
                .replaceWithVoid();
    }

    /**
     * Queues the notification: the sweeper sends it once this transaction commits, outside it.
     * Nothing to tell (no alert for this integration) writes the log at once, or, while an
     * earlier notification is still queued for it, in that one's turn.
     */
    private Uni<Void> deliver(SqlConnection conn, String logKey, String groupKey, Map<String, String> groupLabels,
            FlushPlan.Send send, List<SimilarIncident> similar, Set<String> queued, Instant now) {
        Integration integration = send.integration();
        Notification notification = new Notification(integration.receiver(), groupKey, groupLabels, send.alerts(),
                send.truncated(), send.firing(), now, send.firing() ? similar : List.of());
        if (send.alerts().isEmpty() && !queued.contains(integration.id())) {
            return writeLog(conn, logKey, integration, send.entry());
        }
        return deliveries.enqueue(conn, logKey, integration, notification, send.entry());
    }

    /** A steady cadence from the first flush, as Alertmanager's ticker keeps; ticks missed while busy are skipped. */
    static Instant nextTick(Instant due, java.time.Duration interval, Instant now) {
        Instant next = due.plus(interval);
        while (!next.isAfter(now)) {
            next = next.plus(interval);
        }
        return next;
    }

    private Uni<Void> finish(SqlConnection conn, long id, Instant due, Route route, List<Long> leaving, Instant now) {
        Uni<Void> left = leaving.isEmpty() ? Uni.createFrom().voidItem()
                : conn.preparedQuery("delete from alert_group_members where group_id = $1 and alert_id = any($2)")
                        .execute(Tuple.of(id, leaving.toArray(Long[]::new))).replaceWithVoid();
        return left.chain(() -> conn.preparedQuery("delete from alert_groups g where id = $1 and not exists "
                        + "(select 1 from alert_group_members m where m.group_id = g.id)").execute(Tuple.of(id)))
                .chain(() -> conn.preparedQuery("update alert_groups set next_flush_at = $2 where id = $1")
                        .execute(Tuple.of(id, Grouping.utc(nextTick(due, route.groupInterval(), now)))))
                .replaceWithVoid();
    }

    private Uni<List<GroupAlert>> members(SqlConnection conn, long groupId) {
        return conn.preparedQuery("select a.id, a.fingerprint, a.labels, a.annotations, a.starts_at, a.ends_at, a.generator_url "
                        + "from alerts a join alert_group_members m on m.alert_id = a.id where m.group_id = $1")
                .execute(Tuple.of(groupId))
                .map(rows -> {
                    List<GroupAlert> out = new ArrayList<>();
                    rows.forEach(row -> out.add(new GroupAlert(row.getLong("id"), row.getString("fingerprint"),
                            AlertRows.strings(row.getJsonObject("labels")), AlertRows.strings(row.getJsonObject("annotations")),
                            row.getOffsetDateTime("starts_at").toInstant(), row.getOffsetDateTime("ends_at").toInstant(),
                            row.getString("generator_url"))));
                    return out;
                });
    }

    private Uni<Void> writeLog(SqlConnection conn, String logKey, Integration integration, LogEntry entry) {
        return conn.preparedQuery("insert into notification_log (group_id, integration, firing, resolved, sent_at) "
                        + "values ($1, $2, $3, $4, $5) on conflict (group_id, integration) do update set "
                        + "firing = excluded.firing, resolved = excluded.resolved, sent_at = excluded.sent_at")
                .execute(Tuple.of(logKey, integration.id(), entry.firing().toArray(String[]::new),
                        entry.resolved().toArray(String[]::new), Grouping.utc(entry.sentAt())))
                .replaceWithVoid();
    }

    /** The receiver's integrations this instance can deliver, each kind's in configuration order. */
    private List<Integration> integrations(Engine engine, String receiverName) {
        ReceiverSpec receiver = engine.receivers().get(receiverName);
        if (receiver == null) {
            return List.of();
        }
        List<Integration> out = new ArrayList<>();
        sender.notifiers().stream().sorted(java.util.Comparator.comparing(Notifier::kind))
                .forEach(notifier -> out.addAll(notifier.integrations(receiver)));
        return out;
    }
}

package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.am.route.Route;
import dev.foresight.alertroute.amconfig.Engine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts alerts into the aggregation groups of the routes they match. A new group is first flushed
 * {@code group_wait} after it is created, or at once when its first alert started longer ago than
 * that (Alertmanager's rule, which also makes a restart or a reload catch up without waiting).
 */
@ApplicationScoped
public class Grouping {
    private final Pool db;

    public Grouping(Pool db) {
        this.db = db;
    }

    /** An alert to put into its groups. */
    public record Joining(long alertId, Map<String, String> labels, Instant startsAt) {}

    private record Group(String routeId, String labelText, String labels, String groupKey, String receiver,
            OffsetDateTime firstFlush) {}

    /**
     * Joins every alert to one group per matching route with two statements in all, inside the
     * caller's transaction: the missing groups are created (in key order, so concurrent writers
     * take their row locks in the same order), then the memberships inserted. A group
     * created here takes its first flush time from the first alert, in order, that falls into it.
     */
    public Uni<Void> joinAll(SqlConnection conn, Engine engine, List<Joining> alerts, Instant now) {
        Map<List<String>, Group> groups = new TreeMap<>(Comparator.<List<String>, String>comparing(key -> key.get(0))
                .thenComparing(key -> key.get(1)));
        List<List<String>> memberGroups = new ArrayList<>();
        List<Long> memberAlerts = new ArrayList<>();
        for (Joining alert : alerts) {
            for (Route route : engine.root().match(alert.labels())) {
                Map<String, String> groupLabels = route.groupLabels(alert.labels());
                String labelText = LabelSets.toString(groupLabels);
                List<String> key = List.of(route.id(), labelText);
                Instant firstFlush = alert.startsAt().plus(route.groupWait()).isBefore(now) ? now : now.plus(route.groupWait());
                groups.putIfAbsent(key, new Group(route.id(), labelText, AlertRows.json(groupLabels).encode(),
                        route.groupKey(groupLabels), route.receiver(), utc(firstFlush)));
                memberGroups.add(key);
                memberAlerts.add(alert.alertId());
            }
        }
        if (groups.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Group> rows = List.copyOf(groups.values());
        String[] routeIds = rows.stream().map(Group::routeId).toArray(String[]::new);
        String[] labelTexts = rows.stream().map(Group::labelText).toArray(String[]::new);
        Tuple created = Tuple.tuple().addArrayOfString(routeIds).addArrayOfString(labelTexts)
                .addArrayOfString(rows.stream().map(Group::labels).toArray(String[]::new))
                .addArrayOfString(rows.stream().map(Group::groupKey).toArray(String[]::new))
                .addArrayOfString(rows.stream().map(Group::receiver).toArray(String[]::new))
                .addArrayOfOffsetDateTime(rows.stream().map(Group::firstFlush).toArray(OffsetDateTime[]::new));
        return conn.preparedQuery("insert into alert_groups (route_id, group_labels, labels, group_key, receiver, "
                        + "next_flush_at) select r, gl, l::jsonb, k, rc, nf from unnest($1::text[], $2::text[], $3::text[], "
                        + "$4::text[], $5::text[], $6::timestamptz[]) as v(r, gl, l, k, rc, nf) "
                        + "on conflict (route_id, group_labels) do nothing")
                .execute(created)
                // a statement of its own, so its snapshot sees a group another writer created meanwhile
                .chain(() -> conn.preparedQuery("insert into alert_group_members (group_id, alert_id) select g.id, m.a "
                                + "from unnest($1::text[], $2::text[], $3::bigint[]) as m(r, gl, a) "
                                + "join alert_groups g on g.route_id = m.r and g.group_labels = m.gl on conflict do nothing")
                        .execute(Tuple.tuple()
                                .addArrayOfString(memberGroups.stream().map(key -> key.get(0)).toArray(String[]::new))
                                .addArrayOfString(memberGroups.stream().map(key -> key.get(1)).toArray(String[]::new))
                                .addArrayOfLong(memberAlerts.toArray(Long[]::new))))
                .replaceWithVoid();
    }

    /**
     * After a configuration change every group is built again from the alerts that are still
     * open or not yet told resolved, as Alertmanager rebuilds its dispatcher on reload; the
     * notification log outlives the groups, so nothing already told is told twice.
     */
    public Uni<Void> regroup(Engine engine) {
        Instant now = Instant.now();
        return db.withTransaction(conn -> conn.query("select pg_advisory_xact_lock(7206155000000000001)").execute()
                .chain(() -> conn.query("select a.id, a.labels, a.starts_at from alerts a where a.status <> 'resolved' "
                        + "or exists (select 1 from alert_group_members m where m.alert_id = a.id)").execute())
                .chain(alerts -> conn.query("delete from alert_groups").execute().replaceWith(alerts))
                .chain(alerts -> {
                    List<Joining> joining = new ArrayList<>();
                    alerts.forEach(row -> joining.add(new Joining(row.getLong("id"),
                            AlertRows.strings(row.getJsonObject("labels")), row.getOffsetDateTime("starts_at").toInstant())));
                    return joinAll(conn, engine, joining, now);
                }))
                .replaceWithVoid();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

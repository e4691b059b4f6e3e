package dev.foresight.alertroute.intake;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.amconfig.Engine;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.dispatch.Grouping;
import dev.foresight.alertroute.receiver.stream.AlertEvents;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores alerts from either door in one transaction and puts them into their groups; an alert is
 * acknowledged only once it is durable. The same label set is the same alert (Alertmanager's
 * fingerprint) while it is open or overlaps the stored one; after it ended, it starts anew.
 * The streams hear of every new alert and every alert a newer state of its prediction replaced,
 * before the alerts are acknowledged, so one client's successive posts reach the streams in order.
 */
@ApplicationScoped
public class AlertIntake {
    private static final String RETURNING = " returning " + AlertRows.COLUMNS;

    private final Pool db;
    private final RunningConfig config;
    private final Grouping grouping;
    private final AlertEvents events;

    public AlertIntake(Pool db, RunningConfig config, Grouping grouping, AlertEvents events) {
        this.db = db;
        this.config = config;
        this.grouping = grouping;
        this.events = events;
    }

    /** What happened to one alert. */
    public record Stored(AlertView alert, boolean created) {}

    /** {@code timeout}: how long an alert without {@code endsAt} lasts unless posted again. */
    public Uni<List<Stored>> ingest(List<IncomingAlert> alerts, Duration timeout) {
        Engine engine = config.engine();
        // PostgreSQL keeps microseconds: answer with what a later read will return
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AlertView> replaced = new ArrayList<>();
        return db.withTransaction(conn -> Multi.createFrom().iterable(alerts)
                        .onItem().transformToUniAndConcatenate(alert -> store(conn, engine, alert, timeout, now, replaced))
                        .collect().asList())
                .call(stored -> {
                    List<AlertView> told = new ArrayList<>();
                    stored.stream().filter(Stored::created).map(Stored::alert).forEach(told::add);
                    told.addAll(replaced);
                    return events.publishInOrder(told);
                });
    }

    private Uni<Stored> store(SqlConnection conn, Engine engine, IncomingAlert alert, Duration timeout, Instant now,
            List<AlertView> replaced) {
        String fingerprint = LabelSets.fingerprint(alert.labels());
        Instant endsAt = alert.endsAt().orElse(now.plus(timeout));
        Instant startsAt = alert.startsAt().orElse(alert.endsAt().filter(end -> end.isBefore(now)).orElse(now));
        return conn.preparedQuery("select pg_advisory_xact_lock($1)").execute(Tuple.of(Long.parseUnsignedLong(fingerprint, 16)))
                .chain(() -> conn.preparedQuery("select id, ends_at from alerts where fingerprint = $1 order by id desc limit 1")
                        .execute(Tuple.of(fingerprint)))
                .chain(rows -> {
                    Row previous = rows.size() == 0 ? null : rows.iterator().next();
                    boolean sameAlert = previous != null
                            && !startsAt.isAfter(previous.getOffsetDateTime("ends_at").toInstant());
                    return sameAlert ? update(conn, previous.getLong("id"), alert, startsAt, endsAt, now)
                            : insert(conn, fingerprint, alert, startsAt, endsAt, now);
                })
                .call(stored -> grouping.join(conn, engine, stored.alert().id(), alert.labels(), stored.alert().startsAt(), now))
                .call(stored -> alert.lineage().isEmpty() || endsAt.isBefore(now) ? Uni.createFrom().voidItem()
                        : replaceOlderStates(conn, engine, alert.lineage().get(), fingerprint, now, replaced));
    }

    private Uni<Stored> insert(SqlConnection conn, String fingerprint, IncomingAlert alert, Instant startsAt,
            Instant endsAt, Instant now) {
        boolean ended = !endsAt.isAfter(now);
        Map<String, String> labels = alert.labels();
        return conn.preparedQuery("insert into alerts (fingerprint, type, service, severity, status, summary, labels, "
                        + "annotations, confidence, time_to_failure_s, starts_at, last_seen_at, ends_at, generator_url, "
                        + "updated_at, resolved_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $12, $15)"
                        + RETURNING)
                .execute(Tuple.from(new Object[] {fingerprint, type(labels), service(labels),
                        labels.getOrDefault("severity", ""), ended ? "resolved" : "firing", summary(alert),
                        AlertRows.json(labels), AlertRows.json(alert.annotations()), alert.confidence(),
                        alert.timeToFailureSeconds(), utc(startsAt), utc(now), utc(endsAt), alert.generatorUrl(),
                        ended ? utc(endsAt) : null}))
                .map(rows -> new Stored(AlertRows.view(rows.iterator().next()), true));
    }

    /** A repeat: the newest annotations and end time win; an end in the past resolves, a future one reopens. */
    private Uni<Stored> update(SqlConnection conn, long id, IncomingAlert alert, Instant startsAt, Instant endsAt,
            Instant now) {
        boolean ended = !endsAt.isAfter(now);
        return conn.preparedQuery("update alerts set starts_at = least(starts_at, $2), ends_at = $3, annotations = $4, "
                        + "generator_url = $5, updated_at = $6, last_seen_at = $6, occurrences = occurrences + 1, "
                        + "summary = $7, confidence = $8, time_to_failure_s = $9, "
                        + "status = case when $10 then 'resolved' when status = 'resolved' then 'firing' else status end, "
                        + "resolved_at = case when $10 then coalesce(resolved_at, $3) else null end where id = $1" + RETURNING)
                .execute(Tuple.from(new Object[] {id, utc(startsAt), utc(endsAt), AlertRows.json(alert.annotations()),
                        alert.generatorUrl(), utc(now), summary(alert), alert.confidence(), alert.timeToFailureSeconds(),
                        ended}))
                .map(rows -> new Stored(AlertRows.view(rows.iterator().next()), false));
    }

    /** A prediction's newer state (another severity, or arrived) ends its older states now. */
    private Uni<Void> replaceOlderStates(SqlConnection conn, Engine engine, IncomingAlert.Lineage lineage,
            String fingerprint, Instant now, List<AlertView> replaced) {
        return conn.preparedQuery("update alerts set ends_at = $4, status = 'resolved', resolved_at = $4, updated_at = $4 "
                        + "where status <> 'resolved' and fingerprint <> $5 and labels->>'prediction_type' = $1 "
                        + "and labels->>'service' = $2 and coalesce(labels->>'metric', '') = $3" + RETURNING)
                .execute(Tuple.of(lineage.predictionType(), lineage.service(), lineage.metric(), utc(now), fingerprint))
                .invoke(rows -> rows.forEach(row -> replaced.add(AlertRows.view(row))))
                .replaceWithVoid();
    }

    static String type(Map<String, String> labels) {
        return labels.getOrDefault("prediction_type", labels.getOrDefault("alertname", ""));
    }

    static String service(Map<String, String> labels) {
        return labels.getOrDefault("service", labels.getOrDefault("job", ""));
    }

    static String summary(IncomingAlert alert) {
        return alert.annotations().getOrDefault("summary",
                alert.annotations().getOrDefault("description", alert.labels().getOrDefault("alertname", "")));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

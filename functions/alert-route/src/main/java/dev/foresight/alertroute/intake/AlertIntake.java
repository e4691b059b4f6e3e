package dev.foresight.alertroute.intake;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.alert.AlertView;
import dev.foresight.alertroute.am.label.LabelSets;
import dev.foresight.alertroute.amconfig.Engine;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.dispatch.Grouping;
import dev.foresight.alertroute.receiver.stream.AlertEvents;
import dev.foresight.shared.batch.GroupCommit;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stores alerts from either door and puts them into their groups; an alert is acknowledged only once
 * it is durable. Requests that arrive while a write is in flight are stored together in the next
 * transaction ({@link GroupCommit}), with one statement per step for all their alerts, so a storm
 * costs a few commits a second instead of one per request. The same label set is the same alert
 * (Alertmanager's fingerprint) while it is open or overlaps the stored one; after it ended, it
 * starts anew. The streams hear of every new alert and every alert a newer state of its
 * prediction replaced before the alerts are acknowledged, so one client's successive posts reach
 * the streams in order.
 */
@ApplicationScoped
public class AlertIntake {
    private static final String RETURNING = " returning " + AlertRows.COLUMNS;
    /** At most this many alerts in one transaction; Alertmanager's clients post up to 64 per request by default. */
    private static final int MAX_ALERTS_PER_COMMIT = 2_000;
    /** Transactions on their way at once: while one waits for its commit, the next is already being written. */
    private static final int COMMITS_IN_FLIGHT = 4;

    private static final String LOCK = "select pg_advisory_xact_lock(x) from unnest($1::bigint[]) as t(x) order by x";
    private static final String PREVIOUS = "select distinct on (fingerprint) fingerprint, id, ends_at from alerts "
            + "where fingerprint = any($1::text[]) order by fingerprint, id desc";
    private static final String INSERT = "insert into alerts (fingerprint, type, service, severity, status, summary, labels, "
            + "annotations, confidence, time_to_failure_s, starts_at, last_seen_at, ends_at, generator_url, updated_at, "
            + "resolved_at) select f, t, s, sv, st, su, l::jsonb, an::jsonb, c, ttf, sa, $15, ea, g, $15, ra "
            + "from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], "
            + "$9::float8[], $10::float8[], $11::timestamptz[], $12::timestamptz[], $13::text[], $14::timestamptz[]) "
            + "as v(f, t, s, sv, st, su, l, an, c, ttf, sa, ea, g, ra)" + RETURNING;
    /** A repeat: the newest annotations and end time win; an end in the past resolves, a future one reopens. */
    private static final String UPDATE = "update alerts set starts_at = least(starts_at, v.sa), ends_at = v.ea, "
            + "annotations = v.an::jsonb, generator_url = v.g, updated_at = $10, last_seen_at = $10, "
            + "occurrences = occurrences + 1, summary = v.su, confidence = v.c, time_to_failure_s = v.ttf, "
            + "status = case when v.ended then 'resolved' when status = 'resolved' then 'firing' else status end, "
            + "resolved_at = case when v.ended then coalesce(resolved_at, v.ea) else null end "
            + "from unnest($1::bigint[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], "
            + "$7::float8[], $8::float8[], $9::bool[]) as v(vid, sa, ea, an, g, su, c, ttf, ended) where id = v.vid"
            + RETURNING;

    private final Pool db;
    private final RunningConfig config;
    private final Grouping grouping;
    private final AlertEvents events;
    private final GroupCommit<Arrival, Stored> commits;

    public AlertIntake(Pool db, RunningConfig config, Grouping grouping, AlertEvents events, MeterRegistry meters) {
        this.db = db;
        this.config = config;
        this.grouping = grouping;
        this.events = events;
        DistributionSummary requests = DistributionSummary.builder("foresight.intake.commit.requests")
                .description("Requests whose alerts one intake transaction stored").register(meters);
        DistributionSummary alerts = DistributionSummary.builder("foresight.intake.commit.alerts")
                .description("Alerts one intake transaction stored").register(meters);
        Timer commitTime = Timer.builder("foresight.intake.commit").description("One intake transaction, begin to commit")
                .register(meters);
        this.commits = new GroupCommit<>(MAX_ALERTS_PER_COMMIT, COMMITS_IN_FLIGHT, this::write, (count, items, nanos, failed) -> {
            requests.record(count);
            alerts.record(items);
            commitTime.record(nanos, TimeUnit.NANOSECONDS);
        });
    }

    /** What happened to one alert. */
    public record Stored(AlertView alert, boolean created) {}

    /** One alert as handed in, with how long it lasts unless posted again. */
    private record Arrival(IncomingAlert alert, Duration timeout, String fingerprint) {
        boolean replacesOlderStates() {
            return alert.lineage().isPresent();
        }
    }

    /** {@code timeout}: how long an alert without {@code endsAt} lasts unless posted again. */
    public Uni<List<Stored>> ingest(List<IncomingAlert> alerts, Duration timeout) {
        return commits.submit(alerts.stream()
                .map(alert -> new Arrival(alert, timeout, LabelSets.fingerprint(alert.labels()))).toList());
    }

    /** Every arrival of the requests that share this commit, in order; one result each. */
    private Uni<List<Stored>> write(List<Arrival> arrivals) {
        Engine engine = config.engine();
        // PostgreSQL keeps microseconds: answer with what a later read will return
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AlertView> replaced = new ArrayList<>();
        Long[] locks = arrivals.stream().map(arrival -> Long.parseUnsignedLong(arrival.fingerprint(), 16))
                .distinct().toArray(Long[]::new);
        List<List<Arrival>> rounds = Rounds.of(arrivals, Arrival::fingerprint, Arrival::replacesOlderStates);
        return db.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.tuple().addArrayOfLong(locks))
                        .chain(() -> Multi.createFrom().iterable(rounds)
                                .onItem().transformToUniAndConcatenate(round -> store(conn, engine, round, now, replaced))
                                .collect().asList()))
                .map(stored -> stored.stream().flatMap(List::stream).toList())
                .call(stored -> {
                    List<AlertView> told = new ArrayList<>();
                    stored.stream().filter(Stored::created).map(Stored::alert).forEach(told::add);
                    told.addAll(replaced);
                    return events.publishInOrder(told);
                });
    }

    /** One round: each fingerprint once, so every statement covers the whole round. */
    private Uni<List<Stored>> store(SqlConnection conn, Engine engine, List<Arrival> round, Instant now,
            List<AlertView> replaced) {
        String[] fingerprints = round.stream().map(Arrival::fingerprint).toArray(String[]::new);
        return conn.preparedQuery(PREVIOUS).execute(Tuple.tuple().addArrayOfString(fingerprints))
                .chain(rows -> {
                    Map<String, Row> previous = new HashMap<>();
                    rows.forEach(row -> previous.put(row.getString("fingerprint"), row));
                    List<Arrival> inserts = new ArrayList<>();
                    List<Arrival> updates = new ArrayList<>();
                    List<Long> updateIds = new ArrayList<>();
                    for (Arrival arrival : round) {
                        Row before = previous.get(arrival.fingerprint());
                        if (before != null && !startsAt(arrival, now).isAfter(before.getOffsetDateTime("ends_at").toInstant())) {
                            updates.add(arrival);
                            updateIds.add(before.getLong("id"));
                        } else {
                            inserts.add(arrival);
                        }
                    }
                    Map<String, Stored> stored = new HashMap<>();
                    return insert(conn, inserts, now, stored)
                            .chain(() -> update(conn, updates, updateIds, now, stored))
                            .map(ignored -> round.stream().map(arrival -> stored.get(arrival.fingerprint())).toList());
                })
                .call(stored -> grouping.joinAll(conn, engine, stored.stream()
                        .map(one -> new Grouping.Joining(one.alert().id(), one.alert().labels(), one.alert().startsAt()))
                        .toList(), now))
                .call(stored -> {
                    Arrival last = round.get(round.size() - 1);
                    Instant endsAt = endsAt(last, now);
                    return last.alert().lineage().isEmpty() || endsAt.isBefore(now) ? Uni.createFrom().voidItem()
                            : replaceOlderStates(conn, last.alert().lineage().get(), last.fingerprint(), now, replaced);
                });
    }

    private Uni<Void> insert(SqlConnection conn, List<Arrival> arrivals, Instant now, Map<String, Stored> stored) {
        if (arrivals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = arrivals.size();
        String[] fingerprint = new String[n], type = new String[n], service = new String[n], severity = new String[n],
                status = new String[n], summary = new String[n], labels = new String[n], annotations = new String[n],
                generator = new String[n];
        Double[] confidence = new Double[n], timeToFailure = new Double[n];
        OffsetDateTime[] startsAt = new OffsetDateTime[n], endsAt = new OffsetDateTime[n], resolvedAt = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            IncomingAlert alert = arrivals.get(i).alert();
            Instant ends = endsAt(arrivals.get(i), now);
            boolean ended = !ends.isAfter(now);
            fingerprint[i] = arrivals.get(i).fingerprint();
            type[i] = type(alert.labels());
            service[i] = service(alert.labels());
            severity[i] = alert.labels().getOrDefault("severity", "");
            status[i] = ended ? "resolved" : "firing";
            summary[i] = summary(alert);
            labels[i] = AlertRows.json(alert.labels()).encode();
            annotations[i] = AlertRows.json(alert.annotations()).encode();
            confidence[i] = alert.confidence();
            timeToFailure[i] = alert.timeToFailureSeconds();
            startsAt[i] = utc(startsAt(arrivals.get(i), now));
            endsAt[i] = utc(ends);
            generator[i] = alert.generatorUrl();
            resolvedAt[i] = ended ? utc(ends) : null;
        }
        Tuple args = Tuple.tuple().addArrayOfString(fingerprint).addArrayOfString(type).addArrayOfString(service)
                .addArrayOfString(severity).addArrayOfString(status).addArrayOfString(summary).addArrayOfString(labels)
                .addArrayOfString(annotations).addArrayOfDouble(confidence).addArrayOfDouble(timeToFailure)
                .addArrayOfOffsetDateTime(startsAt).addArrayOfOffsetDateTime(endsAt).addArrayOfString(generator)
                .addArrayOfOffsetDateTime(resolvedAt).addOffsetDateTime(utc(now));
        return conn.preparedQuery(INSERT).execute(args).invoke(rows -> rows.forEach(row -> {
            AlertView view = AlertRows.view(row);
            stored.put(view.fingerprint(), new Stored(view, true));
        })).replaceWithVoid();
    }

    private Uni<Void> update(SqlConnection conn, List<Arrival> arrivals, List<Long> ids, Instant now,
            Map<String, Stored> stored) {
        if (arrivals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = arrivals.size();
        OffsetDateTime[] startsAt = new OffsetDateTime[n], endsAt = new OffsetDateTime[n];
        String[] annotations = new String[n], generator = new String[n], summary = new String[n];
        Double[] confidence = new Double[n], timeToFailure = new Double[n];
        Boolean[] ended = new Boolean[n];
        for (int i = 0; i < n; i++) {
            IncomingAlert alert = arrivals.get(i).alert();
            Instant ends = endsAt(arrivals.get(i), now);
            startsAt[i] = utc(startsAt(arrivals.get(i), now));
            endsAt[i] = utc(ends);
            annotations[i] = AlertRows.json(alert.annotations()).encode();
            generator[i] = alert.generatorUrl();
            summary[i] = summary(alert);
            confidence[i] = alert.confidence();
            timeToFailure[i] = alert.timeToFailureSeconds();
            ended[i] = !ends.isAfter(now);
        }
        Tuple args = Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)).addArrayOfOffsetDateTime(startsAt)
                .addArrayOfOffsetDateTime(endsAt).addArrayOfString(annotations).addArrayOfString(generator)
                .addArrayOfString(summary).addArrayOfDouble(confidence).addArrayOfDouble(timeToFailure)
                .addArrayOfBoolean(ended).addOffsetDateTime(utc(now));
        return conn.preparedQuery(UPDATE).execute(args).invoke(rows -> rows.forEach(row -> {
            AlertView view = AlertRows.view(row);
            stored.put(view.fingerprint(), new Stored(view, false));
        })).replaceWithVoid();
    }

    private static Instant endsAt(Arrival arrival, Instant now) {
        return arrival.alert().endsAt().orElse(now.plus(arrival.timeout()));
    }

    private static Instant startsAt(Arrival arrival, Instant now) {
        IncomingAlert alert = arrival.alert();
        return alert.startsAt().orElse(alert.endsAt().filter(end -> end.isBefore(now)).orElse(now));
    }

    /** A prediction's newer state (another severity, or arrived) ends its older states now. */
    private Uni<Void> replaceOlderStates(SqlConnection conn, IncomingAlert.Lineage lineage,
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

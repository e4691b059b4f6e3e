package dev.foresight.alertroute.apiv2;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import dev.foresight.alertroute.am.route.Route;
import dev.foresight.alertroute.amconfig.Engine;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.dispatch.MuteSources;
import dev.foresight.alertroute.dispatch.Mutes;
import dev.foresight.alertroute.intake.AlertIntake;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The v2 alert endpoints' behaviour: intake, and reading alerts and groups with their mute state. */
@ApplicationScoped
public class V2Alerts {
    private final AlertIntake intake;
    private final RunningConfig config;
    private final MuteSources muteSources;
    private final Pool db;

    public V2Alerts(AlertIntake intake, RunningConfig config, MuteSources muteSources, Pool db) {
        this.intake = intake;
        this.config = config;
        this.muteSources = muteSources;
        this.db = db;
    }

    /** The filters of {@code GET /api/v2/alerts}. */
    public record Filter(List<Matcher> matchers, boolean active, boolean silenced, boolean inhibited, Pattern receiver) {}

    public Uni<Void> post(List<V2Models.PostableAlert> body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var alerts = V2Input.alerts(body, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return intake.ingest(alerts, config.engine().resolveTimeout()).replaceWithVoid();
    }

    public static Filter filter(List<String> filter, boolean active, boolean silenced, boolean inhibited, String receiver) {
        List<Matcher> matchers = V2Input.filter(filter);
        Pattern pattern = null;
        if (receiver != null && !receiver.isEmpty()) {
            try {
                pattern = Pattern.compile("^(?:" + receiver + ")$");
            } catch (PatternSyntaxException bad) {
                throw ProblemException.invalid("receiver", "failed to parse receiver param: " + bad.getDescription());
            }
        }
        return new Filter(matchers, active, silenced, inhibited, pattern);
    }

    public Uni<List<V2Models.GettableAlert>> list(Filter filter) {
        Instant now = Instant.now();
        Engine engine = config.engine();
        return Uni.combine().all().unis(open(now), muteSources.at(engine, now)).asTuple()
                .map(both -> {
                    List<V2Models.GettableAlert> out = new ArrayList<>();
                    for (Row row : both.getItem1()) {
                        gettable(row, engine, both.getItem2(), filter).ifPresent(out::add);
                    }
                    return out;
                });
    }

    public Uni<List<V2Models.AlertGroup>> groups(Filter filter) {
        Instant now = Instant.now();
        Engine engine = config.engine();
        Uni<List<Row>> groups = db.preparedQuery("select g.route_id, g.labels as group_labels, g.receiver, a.id, a.fingerprint, "
                        + "a.labels, a.annotations, a.starts_at, a.ends_at, a.updated_at, a.generator_url from alert_groups g "
                        + "join alert_group_members m on m.group_id = g.id join alerts a on a.id = m.alert_id "
                        + "where a.ends_at > $1 order by g.id, a.id")
                .execute(Tuple.of(utc(now))).map(V2Alerts::rows);
        return Uni.combine().all().unis(groups, muteSources.at(engine, now)).asTuple().map(both -> {
            Map<String, V2Models.AlertGroup> byGroup = new LinkedHashMap<>();
            for (Row row : both.getItem1()) {
                if (filter.receiver() != null && !filter.receiver().matcher(row.getString("receiver")).matches()) {
                    continue;
                }
                var alert = gettable(row, engine, both.getItem2(), new Filter(filter.matchers(), filter.active(),
                        filter.silenced(), filter.inhibited(), null));
                if (alert.isEmpty()) {
                    continue;
                }
                String key = row.getString("route_id") + row.getJsonObject("group_labels").encode();
                byGroup.computeIfAbsent(key, k -> new V2Models.AlertGroup(AlertRows.strings(row.getJsonObject("group_labels")),
                        new V2Models.Receiver(row.getString("receiver")), new ArrayList<>())).alerts().add(alert.get());
            }
            return List.copyOf(byGroup.values());
        });
    }

    public List<V2Models.Receiver> receivers() {
        return config.engine().receivers().keySet().stream().map(V2Models.Receiver::new).toList();
    }

    private Uni<List<Row>> open(Instant now) {
        return db.preparedQuery("select id, fingerprint, labels, annotations, starts_at, ends_at, updated_at, generator_url "
                        + "from alerts where ends_at > $1 and status <> 'resolved' order by id")
                .execute(Tuple.of(utc(now))).map(V2Alerts::rows);
    }

    private static java.util.Optional<V2Models.GettableAlert> gettable(Row row, Engine engine, Mutes mutes, Filter filter) {
        Map<String, String> labels = AlertRows.strings(row.getJsonObject("labels"));
        if (!Matchers.matchAll(filter.matchers(), labels)) {
            return java.util.Optional.empty();
        }
        Set<String> receivers = new LinkedHashSet<>();
        for (Route route : engine.root().match(labels)) {
            receivers.add(route.receiver());
        }
        if (filter.receiver() != null && receivers.stream().noneMatch(r -> filter.receiver().matcher(r).matches())) {
            return java.util.Optional.empty();
        }
        Mutes.Verdict verdict = mutes.of(labels);
        boolean silenced = !verdict.silencedBy().isEmpty();
        boolean inhibited = !verdict.inhibitedBy().isEmpty();
        if ((!filter.active() && !verdict.muted()) || (!filter.silenced() && silenced) || (!filter.inhibited() && inhibited)) {
            return java.util.Optional.empty();
        }
        var status = new V2Models.AlertStatus(verdict.muted() ? "suppressed" : "active", verdict.silencedBy(), verdict.inhibitedBy());
        return java.util.Optional.of(new V2Models.GettableAlert(labels, AlertRows.strings(row.getJsonObject("annotations")),
                row.getOffsetDateTime("starts_at").toInstant().toString(), row.getOffsetDateTime("ends_at").toInstant().toString(),
                row.getOffsetDateTime("updated_at").toInstant().toString(), row.getString("generator_url"),
                row.getString("fingerprint"), receivers.stream().map(V2Models.Receiver::new).toList(), status));
    }

    private static List<Row> rows(io.vertx.mutiny.sqlclient.RowSet<Row> set) {
        List<Row> out = new ArrayList<>();
        set.forEach(out::add);
        return out;
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

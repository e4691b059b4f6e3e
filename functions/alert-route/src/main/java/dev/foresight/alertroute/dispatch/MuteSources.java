package dev.foresight.alertroute.dispatch;

import dev.foresight.alertroute.alert.AlertRows;
import dev.foresight.alertroute.am.inhibit.Edge;
import dev.foresight.alertroute.am.inhibit.FiringAlert;
import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.matcher.Matchers;
import dev.foresight.alertroute.amconfig.Engine;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.silence.SilenceStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what muting depends on at one moment: silences, firing alerts and the dependency graph. */
@ApplicationScoped
public class MuteSources {
    private final Pool db;
    private final SilenceStore silences;
    private final Optional<Mutes.Cascade> cascadeSettings;

    public MuteSources(Pool db, SilenceStore silences, AlertRouteConfig config) {
        this.db = db;
        this.silences = silences;
        this.cascadeSettings = config.cascade().enabled()
                ? Optional.of(new Mutes.Cascade(Matchers.parse(config.cascade().sourceMatchers()), List.of()))
                : Optional.empty();
    }

    public Uni<Mutes> at(Engine engine, Instant now) {
        List<List<Matcher>> sourceSets = new ArrayList<>();
        engine.inhibitRules().forEach(rule -> sourceSets.add(rule.source()));
        cascadeSettings.ifPresent(cascade -> sourceSets.add(cascade.sources()));
        SourceLabels sources = SourceLabels.of(sourceSets);
        Uni<List<FiringAlert>> firing = sources.none() ? Uni.createFrom().item(List.of()) : db.preparedQuery(
                        "select fingerprint, labels from alerts a where status <> 'resolved' and ends_at > $1"
                                + (sources.everyAlert() ? "" : " and exists (select 1 from unnest($2::text[], $3::text[]) "
                                        + "as k(n, v) where a.labels->>k.n = k.v)"))
                .execute(sources.everyAlert() ? Tuple.of(Grouping.utc(now)) : Tuple.of(Grouping.utc(now),
                        sources.anyOf().stream().map(Map.Entry::getKey).toArray(String[]::new),
                        sources.anyOf().stream().map(Map.Entry::getValue).toArray(String[]::new)))
                .map(rows -> {
                    List<FiringAlert> out = new ArrayList<>();
                    rows.forEach(row -> out.add(new FiringAlert(row.getString("fingerprint"), AlertRows.strings(row.getJsonObject("labels")))));
                    return out;
                });
        Uni<Optional<Mutes.Cascade>> cascade = cascadeSettings.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : db.query("select s.name as service, d.name as depends_on, e.kind from service_dependencies e "
                                + "join services s on s.id = e.service_id join services d on d.id = e.depends_on_id")
                        .execute()
                        .map(rows -> {
                            List<Edge> edges = new ArrayList<>();
                            rows.forEach(row -> edges.add(new Edge(row.getString("service"), row.getString("depends_on"),
                                    "critical".equals(row.getString("kind")))));
                            return Optional.of(new Mutes.Cascade(cascadeSettings.get().sources(), edges));
                        });
        return Uni.combine().all().unis(silences.active(now), firing, cascade)
                .with((active, alerts, graph) -> new Mutes(active, engine.inhibitRules(), alerts, graph, now));
    }
}

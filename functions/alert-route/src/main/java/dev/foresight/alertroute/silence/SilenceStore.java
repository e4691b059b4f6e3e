package dev.foresight.alertroute.silence;

import dev.foresight.alertroute.am.matcher.Matcher;
import dev.foresight.alertroute.am.silence.Silence;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Silences in PostgreSQL, so every instance mutes the same alerts and a restart forgets none. */
@ApplicationScoped
public class SilenceStore {
    private static final String COLUMNS = "id, matchers, starts_at, ends_at, created_by, comment, updated_at";

    private final Pool db;

    public SilenceStore(Pool db) {
        this.db = db;
    }

    public Uni<List<Silence>> active(Instant now) {
        return db.preparedQuery("select " + COLUMNS + " from silences where starts_at <= $1 and ends_at > $1")
                .execute(Tuple.of(utc(now))).map(SilenceStore::all);
    }

    public Uni<List<Silence>> all() {
        return db.query("select " + COLUMNS + " from silences order by updated_at desc").execute().map(SilenceStore::all);
    }

    public Uni<Optional<Silence>> find(String id) {
        Optional<UUID> uuid = uuid(id);
        if (uuid.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return db.preparedQuery("select " + COLUMNS + " from silences where id = $1").execute(Tuple.of(uuid.get()))
                .map(rows -> all(rows).stream().findFirst());
    }

    /** Stores a new silence and answers its id. */
    public Uni<String> create(Silence silence, Instant now) {
        UUID id = UUID.randomUUID();
        return db.preparedQuery("insert into silences (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(new Object[] {id, matchers(silence.matchers()), utc(silence.startsAt()),
                        utc(silence.endsAt()), silence.createdBy(), silence.comment(), utc(now)}))
                .replaceWith(id.toString());
    }

    /** Changes a silence that has not expired, in place. */
    public Uni<Boolean> update(String id, Silence silence, Instant now) {
        return db.preparedQuery("update silences set matchers = $2, starts_at = $3, ends_at = $4, created_by = $5, "
                        + "comment = $6, updated_at = $7 where id = $1 and ends_at > $7")
                .execute(Tuple.from(new Object[] {UUID.fromString(id), matchers(silence.matchers()), utc(silence.startsAt()),
                        utc(silence.endsAt()), silence.createdBy(), silence.comment(), utc(now)}))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Ends a silence now (a pending one never starts); false when it had already expired. */
    public Uni<Boolean> expire(String id, Instant now) {
        return db.preparedQuery("update silences set ends_at = $2, starts_at = least(starts_at, $2), updated_at = $2 "
                        + "where id = $1 and ends_at > $2")
                .execute(Tuple.of(UUID.fromString(id), utc(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    public static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static List<Silence> all(RowSet<Row> rows) {
        List<Silence> out = new ArrayList<>();
        rows.forEach(row -> out.add(silence(row)));
        return out;
    }

    private static Silence silence(Row row) {
        List<Matcher> matchers = new ArrayList<>();
        for (Object item : row.getJsonArray("matchers")) {
            JsonObject m = (JsonObject) item;
            boolean regex = m.getBoolean("isRegex");
            boolean equal = m.getBoolean("isEqual", true);
            Matcher.Type type = regex ? (equal ? Matcher.Type.REGEX : Matcher.Type.NOT_REGEX)
                    : (equal ? Matcher.Type.EQUAL : Matcher.Type.NOT_EQUAL);
            matchers.add(new Matcher(m.getString("name"), type, m.getString("value")));
        }
        return new Silence(row.getUUID("id").toString(), matchers, row.getOffsetDateTime("starts_at").toInstant(),
                row.getOffsetDateTime("ends_at").toInstant(), row.getString("created_by"), row.getString("comment"),
                row.getOffsetDateTime("updated_at").toInstant());
    }

    private static JsonArray matchers(List<Matcher> matchers) {
        JsonArray out = new JsonArray();
        for (Matcher m : matchers) {
            boolean regex = m.type() == Matcher.Type.REGEX || m.type() == Matcher.Type.NOT_REGEX;
            boolean equal = m.type() == Matcher.Type.EQUAL || m.type() == Matcher.Type.REGEX;
            out.add(new JsonObject().put("name", m.name()).put("value", m.value()).put("isRegex", regex).put("isEqual", equal));
        }
        return out;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

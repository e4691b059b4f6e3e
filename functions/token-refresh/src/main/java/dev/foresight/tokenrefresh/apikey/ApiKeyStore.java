package dev.foresight.tokenrefresh.apikey;

import dev.foresight.shared.apikey.ApiKeyFormat;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code api_keys} and {@code api_key_versions}, in plain SQL: each change is one transaction. */
@ApplicationScoped
public class ApiKeyStore {
    private static final String INSERT_KEY = "INSERT INTO api_keys (key_id, name, scopes) VALUES ($1, $2, $3) RETURNING id";
    private static final String INSERT_VERSION = "INSERT INTO api_key_versions (api_key_id, version, lookup_id, secret_hash) "
            + "SELECT $1, COALESCE(max(version), 0) + 1, $2, $3 FROM api_key_versions WHERE api_key_id = $1 "
            + "RETURNING version, created_at";
    /** The row lock makes concurrent rotations of one key take turns, so versions never collide. */
    private static final String LOCK_LIVE_KEY = "SELECT id, name, scopes FROM api_keys WHERE key_id = $1 AND revoked_at IS NULL FOR UPDATE";
    private static final String EXPIRE_PREVIOUS = "UPDATE api_key_versions SET expires_at = LEAST(COALESCE(expires_at, 'infinity'), $2) "
            + "WHERE api_key_id = $1 AND revoked_at IS NULL";
    private static final String REVOKE = "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE key_id = $1";
    private static final String LIST = "SELECT k.key_id, k.name, k.scopes, k.created_at AS key_created_at, k.revoked_at AS key_revoked_at, "
            + "v.version, v.created_at, v.expires_at, v.revoked_at, v.use_count, v.last_used_at "
            + "FROM api_keys k JOIN api_key_versions v ON v.api_key_id = k.id ";

    private final Pool pool;

    public ApiKeyStore(Pool pool) {
        this.pool = pool;
    }

    /** A new key with version 1; its creation time. */
    public Uni<OffsetDateTime> insert(String keyId, String name, String scopes, ApiKeyFormat.NewKey key) {
        return pool.withTransaction(tx -> tx.preparedQuery(INSERT_KEY).execute(Tuple.of(keyId, name, scopes))
                .flatMap(rows -> tx.preparedQuery(INSERT_VERSION)
                        .execute(Tuple.of(rows.iterator().next().getLong("id"), key.lookupId(), key.hash())))
                .map(rows -> rows.iterator().next().getOffsetDateTime("created_at")));
    }

    /** The outcome of a rotation; null from {@link #rotate} when the key is absent or revoked. */
    public record Rotated(String name, String scopes, int version, OffsetDateTime createdAt) {}

    /** Gives every live version an expiry of at most {@code previousUntil}, then adds the next version. */
    public Uni<Rotated> rotate(String keyId, ApiKeyFormat.NewKey key, OffsetDateTime previousUntil) {
        return pool.withTransaction(tx -> tx.preparedQuery(LOCK_LIVE_KEY).execute(Tuple.of(keyId)).flatMap(locked -> {
            if (locked.size() == 0) {
                return Uni.createFrom().<Rotated>nullItem();
            }
            Row row = locked.iterator().next();
            long id = row.getLong("id");
            return tx.preparedQuery(EXPIRE_PREVIOUS).execute(Tuple.of(id, previousUntil))
                    .flatMap(ignored -> tx.preparedQuery(INSERT_VERSION).execute(Tuple.of(id, key.lookupId(), key.hash())))
                    .map(inserted -> {
                        Row v = inserted.iterator().next();
                        return new Rotated(row.getString("name"), row.getString("scopes"), v.getInteger("version"),
                                v.getOffsetDateTime("created_at"));
                    });
        }));
    }

    /** False when there is no such key; revoking a revoked key changes nothing. */
    public Uni<Boolean> revoke(String keyId) {
        return pool.preparedQuery(REVOKE).execute(Tuple.of(keyId)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<ApiKeyView>> list() {
        return pool.query(LIST + "ORDER BY k.key_id, v.version").execute().map(ApiKeyStore::views);
    }

    /** The key, or null. */
    public Uni<ApiKeyView> find(String keyId) {
        return pool.preparedQuery(LIST + "WHERE k.key_id = $1 ORDER BY v.version").execute(Tuple.of(keyId))
                .map(rows -> views(rows).stream().findFirst().orElse(null));
    }

    private static List<ApiKeyView> views(RowSet<Row> rows) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            byKey.computeIfAbsent(row.getString("key_id"), k -> new ArrayList<>()).add(row);
        }
        List<ApiKeyView> views = new ArrayList<>();
        for (List<Row> versions : byKey.values()) {
            Row first = versions.get(0);
            views.add(new ApiKeyView(first.getString("key_id"), first.getString("name"),
                    Arrays.stream(first.getString("scopes").split(" ")).filter(s -> !s.isEmpty()).toList(),
                    first.getOffsetDateTime("key_created_at"), first.getOffsetDateTime("key_revoked_at"),
                    versions.stream().map(v -> new ApiKeyView.Version(v.getInteger("version"), v.getOffsetDateTime("created_at"),
                            v.getOffsetDateTime("expires_at"), v.getOffsetDateTime("revoked_at"), v.getLong("use_count"),
                            v.getOffsetDateTime("last_used_at"))).toList()));
        }
        return views;
    }
}

package dev.foresight.shared.apikey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one key version by its lookup id: one indexed query, no ORM session on the auth path. */
@ApplicationScoped
public class ApiKeyLookup {
    private static final String FIND = "SELECT k.key_id, k.scopes, v.id, v.version, v.secret_hash, v.expires_at, "
            + "v.revoked_at, k.revoked_at AS key_revoked_at "
            + "FROM api_key_versions v JOIN api_keys k ON k.id = v.api_key_id WHERE v.lookup_id = $1";

    private final Pool pool;

    public ApiKeyLookup(Pool pool) {
        this.pool = pool;
    }

    /** The version, or null when none has that lookup id. */
    public Uni<StoredApiKey> find(String lookupId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(lookupId)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? toKey(it.next()) : null;
        });
    }

    private static StoredApiKey toKey(Row row) {
        Set<String> scopes = Arrays.stream(row.getString("scopes").split(" "))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new StoredApiKey(row.getString("key_id"), scopes, row.getLong("id"), row.getInteger("version"),
                row.getString("secret_hash"), instant(row.getOffsetDateTime("expires_at")),
                instant(row.getOffsetDateTime("revoked_at")), instant(row.getOffsetDateTime("key_revoked_at")));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}

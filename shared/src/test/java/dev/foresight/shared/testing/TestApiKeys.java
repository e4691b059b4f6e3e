package dev.foresight.shared.testing;

import dev.foresight.shared.apikey.ApiKeyFormat;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * API keys written straight into the test database, as token-refresh would issue them, for the
 * functions' own tests. Every key's name starts with {@code test-key-}; {@link #deleteAll} removes them.
 */
public final class TestApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestApiKeys() {}

    /** A key id ("ak_…") and the key itself. */
    public record Issued(String keyId, String key) {}

    public static Issued issue(Pool pool, String... scopes) {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        String keyId = "ak_" + HexFormat.of().formatHex(id);
        ApiKeyFormat.NewKey key = ApiKeyFormat.generate(RANDOM);
        long rowId = pool.preparedQuery("INSERT INTO api_keys (key_id, name, scopes) VALUES ($1, $2, $3) RETURNING id")
                .execute(Tuple.of(keyId, "test-key-" + keyId, String.join(" ", scopes)))
                .await().atMost(WAIT).iterator().next().getLong("id");
        pool.preparedQuery("INSERT INTO api_key_versions (api_key_id, version, lookup_id, secret_hash) VALUES ($1, 1, $2, $3)")
                .execute(Tuple.of(rowId, key.lookupId(), key.hash())).await().atMost(WAIT);
        return new Issued(keyId, key.key());
    }

    public static void revoke(Pool pool, String keyId) {
        pool.preparedQuery("UPDATE api_keys SET revoked_at = now() WHERE key_id = $1").execute(Tuple.of(keyId)).await().atMost(WAIT);
    }

    public static void deleteAll(Pool pool) {
        pool.query("DELETE FROM api_keys WHERE name LIKE 'test-key-%'").execute().await().atMost(WAIT);
    }
}

package dev.foresight.tokenrefresh.refresh;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The common case of a rotation as one prepared statement, so one round trip and one implicit
 * transaction: spend the presented token if it is live and unused (and holds the requested scope),
 * insert its successor (same scope, same granted audience) and append the "refresh" audit entry, when
 * the requested audience is within the family's. No row back means the token was not
 * usable as presented; the caller then judges it (and handles reuse) the long way.
 */
@ApplicationScoped
public class RotationStatement {
    /** What the spent token carried: enough to issue the access token. */
    public record Spent(UUID familyId, String subject, String scope, String audience) {}

    // $1 presented hash, $2 client, $3 now, $4 successor hash, $5 successor expiry,
    // $6 requested scope tokens (null: none requested), $7 the client's scope tokens,
    // $8 the audited scope when requested (null: token scope within the client's, sorted as Scope is),
    // $9 the requested audience (null: the family's; a null stored audience is the whole fleet)
    private static final String SQL = """
            WITH spent AS (
                UPDATE refresh_tokens SET used_at = $3
                 WHERE token_hash = $1 AND client_id = $2 AND used_at IS NULL AND revoked_at IS NULL
                   AND expires_at > $3
                   AND ($6::text[] IS NULL OR string_to_array(scope, ' ') @> $6::text[])
                   AND ($9::text[] IS NULL OR audience IS NULL OR string_to_array(audience, ' ') @> $9::text[])
                RETURNING family_id, client_id, subject, scope, audience
            ), successor AS (
                INSERT INTO refresh_tokens (token_hash, family_id, client_id, subject, scope, audience, issued_at, expires_at)
                SELECT $4, family_id, client_id, subject, scope, audience, $3, $5 FROM spent
            ), audited AS (
                INSERT INTO token_audit (event, client_id, details)
                SELECT 'refresh', client_id, jsonb_build_object('family', family_id::text, 'scope',
                       coalesce($8::text, (SELECT coalesce(string_agg(s, ' ' ORDER BY s COLLATE "C"), '')
                                             FROM unnest(string_to_array(spent.scope, ' ')) s
                                            WHERE s = ANY($7::text[]))))
                  FROM spent
            )
            SELECT family_id, subject, scope, audience FROM spent
            """;

    private final Pool db;

    public RotationStatement(Pool db) {
        this.db = db;
    }

    public Uni<Optional<Spent>> execute(String presentedHash, String clientId, OffsetDateTime now,
            String successorHash, OffsetDateTime successorExpiry, String[] requested, String[] clientScope,
            String auditedScope, String[] audience) {
        Tuple args = Tuple.tuple()
                .addString(presentedHash).addString(clientId).addOffsetDateTime(now)
                .addString(successorHash).addOffsetDateTime(successorExpiry)
                .addArrayOfString(requested).addArrayOfString(clientScope).addString(auditedScope)
                .addArrayOfString(audience);
        return db.preparedQuery(SQL).execute(args).map(rows -> {
            var it = rows.iterator();
            if (!it.hasNext()) {
                return Optional.empty();
            }
            Row row = it.next();
            return Optional.of(new Spent(row.getUUID("family_id"), row.getString("subject"), row.getString("scope"),
                    row.getString("audience")));
        });
    }
}

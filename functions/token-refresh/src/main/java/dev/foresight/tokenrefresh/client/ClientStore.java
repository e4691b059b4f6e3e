package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.auth.OAuthClientEntity;
import dev.foresight.shared.auth.OAuthClientRepository;
import dev.foresight.shared.auth.RefreshTokenRepository;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code oauth_clients}. Writes are single statements with ON CONFLICT, so instances seeding
 * the same clients at once, or two registrations of one id, cannot trip the unique constraint.
 */
@ApplicationScoped
public class ClientStore {
    private static final String UPSERT = "INSERT INTO oauth_clients (client_id, secret_hash, scopes) "
            + "VALUES (:clientId, :secretHash, :scopes) "
            + "ON CONFLICT (client_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, scopes = EXCLUDED.scopes";
    private static final String INSERT_IF_ABSENT = "INSERT INTO oauth_clients (client_id, secret_hash, scopes) "
            + "VALUES (:clientId, :secretHash, :scopes) ON CONFLICT (client_id) DO NOTHING";

    private static final String FIND = "SELECT client_id, secret_hash, scopes FROM oauth_clients WHERE client_id = $1";

    private final OAuthClientRepository clients;
    private final RefreshTokenRepository refreshTokens;
    private final Pool db;

    public ClientStore(OAuthClientRepository clients, RefreshTokenRepository refreshTokens, Pool db) {
        this.clients = clients;
        this.refreshTokens = refreshTokens;
        this.db = db;
    }

    /** The client, or null when there is none with that id. */
    @WithSession
    public Uni<OAuthClientEntity> find(String clientId) {
        return clients.findByClientId(clientId);
    }

    /**
     * What client authentication needs (id, secret hash, scopes), or null for an unknown id: one
     * prepared statement on the pool, as every {@code /token} request asks it (through a Hibernate
     * session it was a quarter of the request's CPU).
     */
    public Uni<StoredClient> credentials(String clientId) {
        return db.preparedQuery(FIND).execute(Tuple.of(clientId)).map(rows -> {
            var it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            return new StoredClient(row.getString("client_id"), row.getString("secret_hash"),
                    Scope.parse(row.getString("scopes")));
        });
    }

    @WithTransaction
    public Uni<Void> upsert(List<StoredClient> rows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredClient row : rows) {
            chain = chain.flatMap(ignored -> execute(UPSERT, row)).replaceWithVoid();
        }
        return chain;
    }

    /** False when a client with that id already exists; nothing is changed then. */
    @WithTransaction
    public Uni<Boolean> insertIfAbsent(StoredClient row) {
        return execute(INSERT_IF_ABSENT, row).map(count -> count == 1);
    }

    @WithSession
    public Uni<List<OAuthClientEntity>> list() {
        return clients.listAll(io.quarkus.panache.common.Sort.by("clientId"));
    }

    /** New scopes, and a new secret hash unless {@code secretHashOrNull} is null; false when absent. */
    @WithTransaction
    public Uni<OAuthClientEntity> update(String clientId, Scope scopes, String secretHashOrNull) {
        return clients.findByClientId(clientId).map(client -> {
            if (client != null) {
                client.scopes = scopes.toString();
                if (secretHashOrNull != null) {
                    client.secretHash = secretHashOrNull;
                }
            }
            return client;
        });
    }

    /**
     * Deletes the client and revokes its live refresh tokens in the same transaction: the tokens
     * name the client by id only, so one re-registered under that id must not inherit them.
     */
    @WithTransaction
    public Uni<Boolean> delete(String clientId, OffsetDateTime at) {
        return clients.delete("clientId", clientId).flatMap(deleted -> deleted == 0 ? Uni.createFrom().item(false)
                : refreshTokens.update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", at, clientId)
                        .replaceWith(true));
    }

    private Uni<Integer> execute(String sql, StoredClient row) {
        return clients.getSession().flatMap(session -> session.createNativeQuery(sql)
                .setParameter("clientId", row.clientId())
                .setParameter("secretHash", row.secretHash())
                .setParameter("scopes", row.scopes().toString())
                .executeUpdate());
    }
}

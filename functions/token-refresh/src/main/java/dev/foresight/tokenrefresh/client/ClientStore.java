package dev.foresight.tokenrefresh.client;

import dev.foresight.shared.auth.OAuthClientEntity;
import dev.foresight.shared.auth.OAuthClientRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final OAuthClientRepository clients;

    public ClientStore(OAuthClientRepository clients) {
        this.clients = clients;
    }

    /** The client, or null when there is none with that id. */
    @WithSession
    public Uni<OAuthClientEntity> find(String clientId) {
        return clients.findByClientId(clientId);
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

    private Uni<Integer> execute(String sql, StoredClient row) {
        return clients.getSession().flatMap(session -> session.createNativeQuery(sql)
                .setParameter("clientId", row.clientId())
                .setParameter("secretHash", row.secretHash())
                .setParameter("scopes", row.scopes().toString())
                .executeUpdate());
    }
}

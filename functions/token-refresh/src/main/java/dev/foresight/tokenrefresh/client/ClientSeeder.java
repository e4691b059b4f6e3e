package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/** Upserts the clients of {@code FORESIGHT_CLIENTS} at start-up; a bad spec stops the start. */
@ApplicationScoped
public class ClientSeeder {
    private static final Logger LOG = Logger.getLogger(ClientSeeder.class);
    private static final int SHORT_SECRET = 16;

    private final TokenRefreshConfig config;
    private final ClientSecrets secrets;
    private final ClientStore store;

    public ClientSeeder(TokenRefreshConfig config, ClientSecrets secrets, ClientStore store) {
        this.config = config;
        this.secrets = secrets;
        this.store = store;
    }

    void seed(@Observes StartupEvent started) {
        List<ClientSpec> specs;
        try {
            specs = ClientSpecParser.parse(config.clients().orElse(""));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("invalid FORESIGHT_CLIENTS (foresight.token-refresh.clients): "
                    + invalid.getMessage());
        }
        if (specs.isEmpty()) {
            LOG.info("FORESIGHT_CLIENTS is empty: no OAuth client seeded");
            return;
        }
        specs.stream().filter(s -> s.secret().length() < SHORT_SECRET).forEach(s -> LOG.warnf(
                "client \"%s\" has a secret shorter than %d characters", s.clientId(), SHORT_SECRET));
        List<StoredClient> rows = specs.stream()
                .map(s -> new StoredClient(s.clientId(), secrets.hashNow(s.secret()), s.scopes()))
                .toList();
        try {
            VertxContextSupport.subscribeAndAwait(() -> store.upsert(rows));
        } catch (Throwable failure) {
            throw new IllegalStateException("cannot seed OAuth clients: " + failure.getMessage(), failure);
        }
        LOG.infof("seeded %d OAuth client(s): %s", rows.size(),
                String.join(", ", rows.stream().map(StoredClient::clientId).toList()));
    }
}

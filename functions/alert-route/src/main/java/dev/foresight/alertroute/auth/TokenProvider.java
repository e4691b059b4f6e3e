package dev.foresight.alertroute.auth;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.memory.EmbedFailure;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * This function's own access token, obtained from token-refresh by client credentials and reused
 * until shortly before it expires (monitor-trigger's pattern). Two callers that both find it stale
 * may both fetch one; the later simply replaces the earlier.
 */
@ApplicationScoped
public class TokenProvider {
    private record Cached(String value, Instant expiresAt) {}

    private final TokenClient client;
    private final AlertRouteConfig.Memory config;
    private final AtomicReference<Cached> current = new AtomicReference<>();

    public TokenProvider(@RestClient TokenClient client, AlertRouteConfig config) {
        this.client = client;
        this.config = config.memory();
    }

    /** Forgets the cached token after a call was answered 401: the next call fetches a new one. */
    public void invalidate() {
        current.set(null);
    }

    /** Whether a failure means our token was not accepted, so it should not be reused. */
    public static boolean rejectsToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EmbedFailure rejected && rejected.status() == 401) {
                return true;
            }
        }
        return false;
    }

    public Uni<String> accessToken() {
        Cached cached = current.get();
        if (cached != null && Instant.now().isBefore(cached.expiresAt().minus(config.tokenRenewBefore()))) {
            return Uni.createFrom().item(cached.value());
        }
        return client.clientCredentials("client_credentials", config.clientId(), config.clientSecret().orElse(""))
                .map(response -> {
                    if (response == null || response.accessToken() == null || response.accessToken().isBlank()) {
                        throw new IllegalStateException("token-refresh answered without an access_token");
                    }
                    long expiresIn = response.expiresIn() == null ? 0 : Math.max(0, response.expiresIn());
                    Cached fresh = new Cached(response.accessToken(), Instant.now().plusSeconds(expiresIn));
                    current.set(fresh);
                    return fresh.value();
                });
    }
}

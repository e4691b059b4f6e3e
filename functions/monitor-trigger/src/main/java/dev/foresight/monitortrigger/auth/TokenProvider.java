package dev.foresight.monitortrigger.auth;

import dev.foresight.monitortrigger.client.UpstreamRejected;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * This function's own access token, obtained from token-refresh by client credentials and
 * reused until shortly before it expires. Two callers that both find it stale may both fetch
 * one; the later simply replaces the earlier.
 */
@ApplicationScoped
public class TokenProvider {
    private final TokenClient client;
    private final MonitorTriggerConfig config;
    private final Clock clock;
    private final AtomicReference<CachedToken> current = new AtomicReference<>();

    public TokenProvider(@RestClient TokenClient client, MonitorTriggerConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    /** Forgets the cached token, e.g. after a call was answered 401: the next call fetches a new one. */
    public void invalidate() {
        current.set(null);
    }

    /** Whether a failure means our token was not accepted, so it should not be reused. */
    public static boolean rejectsToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UpstreamRejected rejected && rejected.status() == 401) {
                return true;
            }
        }
        return false;
    }

    public Uni<String> accessToken() {
        CachedToken cached = current.get();
        if (cached != null && cached.usableAt(clock.instant(), config.tokenRenewBefore())) {
            return Uni.createFrom().item(cached.value());
        }
        return client.clientCredentials("client_credentials", config.clientId(), config.clientSecret().orElse(""))
                .map(response -> {
                    if (response == null || response.accessToken() == null || response.accessToken().isBlank()) {
                        throw new IllegalStateException("token-refresh answered without an access_token");
                    }
                    long expiresIn = response.expiresIn() == null ? 0 : response.expiresIn();
                    CachedToken fresh = CachedToken.issued(response.accessToken(), expiresIn, clock.instant());
                    current.set(fresh);
                    return fresh.value();
                });
    }
}

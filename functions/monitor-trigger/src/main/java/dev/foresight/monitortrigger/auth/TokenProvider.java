package dev.foresight.monitortrigger.auth;

import dev.foresight.monitortrigger.client.UpstreamRejected;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.shared.token.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** This function's own access token ({@link ServiceTokens}), fetched through its token-refresh client. */
@ApplicationScoped
public class TokenProvider {
    private final ServiceTokens tokens;

    public TokenProvider(@RestClient TokenClient client, MonitorTriggerConfig config, Clock clock) {
        var settings = config;
        this.tokens = new ServiceTokens(() -> client.clientCredentials("client_credentials", settings.clientId(),
                settings.clientSecret().orElse("")), settings.tokenRenewBefore(), clock);
    }

    /** Forgets the cached token after a call was answered 401: the next call fetches a new one. */
    public void invalidate() {
        tokens.invalidate();
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
        return tokens.accessToken();
    }
}

package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.oauth.ClientCredentials;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Client authentication for the token endpoint (RFC 6749 §2.3.1). Unknown client and wrong
 * secret answer alike, so the endpoint does not reveal which client ids exist.
 */
@ApplicationScoped
public class ClientAuthenticator {
    private final ClientStore store;
    private final ClientSecrets secrets;

    public ClientAuthenticator(ClientStore store, ClientSecrets secrets) {
        this.store = store;
        this.secrets = secrets;
    }

    /** Fails with invalid_client (401) unless the id exists and the secret matches its hash. */
    public Uni<AuthenticatedClient> authenticate(ClientCredentials credentials) {
        return store.credentials(credentials.clientId()).flatMap(client -> secrets
                .matches(credentials.secret(), client == null ? null : client.secretHash())
                .map(matches -> {
                    if (!matches) {
                        throw OAuthException.invalidClient("client authentication failed");
                    }
                    return new AuthenticatedClient(client.clientId(), client.scopes());
                }));
    }
}

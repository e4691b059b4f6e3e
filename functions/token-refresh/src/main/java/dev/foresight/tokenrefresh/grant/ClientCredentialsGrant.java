package dev.foresight.tokenrefresh.grant;

import dev.foresight.tokenrefresh.access.AccessTokenIssuer;
import dev.foresight.tokenrefresh.access.Audiences;
import dev.foresight.tokenrefresh.audit.TokenAudit;
import dev.foresight.tokenrefresh.client.AuthenticatedClient;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.oauth.Scope;
import dev.foresight.tokenrefresh.oauth.ScopeRules;
import dev.foresight.tokenrefresh.oauth.TokenRequest;
import dev.foresight.tokenrefresh.refresh.RefreshTokenStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Client credentials grant, RFC 6749 §4.4: a confidential client trades its own credentials for
 * an access token whose subject is the client itself.
 *
 * <p>Unlike §4.4.3's advice, a refresh token is issued too (unless
 * {@code issue-refresh-on-client-credentials=false}): Foresight's services run for weeks, and
 * rotating a refresh token keeps the client secret off the wire after the first exchange.
 *
 * <p>Failures, each with its OAuth error and HTTP status:
 * <ul>
 *   <li>missing or repeated parameter → {@code invalid_request}, 400 ({@code TokenRequest})</li>
 *   <li>no, malformed or wrong client credentials → {@code invalid_client}, 401 with
 *       {@code WWW-Authenticate: Basic} ({@code ClientCredentials}, {@code ClientAuthenticator})</li>
 *   <li>requested scope malformed or beyond the client's scopes → {@code invalid_scope}, 400
 *       ({@link ScopeRules#narrow})</li>
 *   <li>a {@code resource} naming no function → {@code invalid_target}, 400 ({@link Audiences})</li>
 * </ul>
 */
@ApplicationScoped
public class ClientCredentialsGrant implements Grant {
    private final AccessTokenIssuer issuer;
    private final RefreshTokenStore refreshTokens;
    private final TokenRefreshConfig config;
    private final TokenAudit audit;

    public ClientCredentialsGrant(AccessTokenIssuer issuer, RefreshTokenStore refreshTokens, TokenRefreshConfig config,
                                  TokenAudit audit) {
        this.issuer = issuer;
        this.audit = audit;
        this.refreshTokens = refreshTokens;
        this.config = config;
    }

    @Override
    public String type() {
        return "client_credentials";
    }

    @Override
    public List<String> requiredParameters() {
        return List.of();
    }

    @Override
    public Uni<TokenResponse> grant(TokenRequest request, AuthenticatedClient client) {
        Scope scope = ScopeRules.narrow(request.get(TokenRequest.SCOPE), client.scopes());
        Set<String> audiences = Audiences.requested(request.resources());
        Uni<String> refreshToken = config.issueRefreshOnClientCredentials()
                ? refreshTokens.startFamily(client.clientId(), client.clientId(), scope, audiences)
                : audit.record(TokenAudit.GRANT, client.clientId(), Map.of(
                        "grantType", "client_credentials", "scope", scope.toString())).replaceWith((String) null);
        return refreshToken.map(refresh -> TokenResponse.of(
                issuer.issue(client.clientId(), client.clientId(), scope, audiences), refresh, config.refreshTokenTtl(), scope));
    }
}

package dev.foresight.tokenrefresh.grant;

import dev.foresight.tokenrefresh.access.AccessTokenIssuer;
import dev.foresight.tokenrefresh.access.Audiences;
import dev.foresight.tokenrefresh.client.AuthenticatedClient;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import dev.foresight.tokenrefresh.oauth.TokenRequest;
import dev.foresight.tokenrefresh.refresh.RefreshTokenStore;
import dev.foresight.tokenrefresh.refresh.Rotation;
import dev.foresight.tokenrefresh.refresh.RotationRules;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refresh token grant, RFC 6749 §6, with rotation: every use spends the presented token and
 * issues its successor in the same family; a spent token presented again revokes the whole
 * family (RFC 9700 §4.14.2), since either the client or a thief now holds a copy.
 *
 * <p>Failures, each with its OAuth error and HTTP status:
 * <ul>
 *   <li>missing {@code refresh_token}, or a repeated parameter → {@code invalid_request}, 400</li>
 *   <li>no, malformed or wrong client credentials → {@code invalid_client}, 401 with
 *       {@code WWW-Authenticate: Basic}</li>
 *   <li>token unknown, issued to another client, revoked, expired, or already used (which
 *       also revokes its family) → {@code invalid_grant}, 400 ({@link RotationRules.Verdict})</li>
 *   <li>requested scope beyond the token's (and the client's current) scope →
 *       {@code invalid_scope}, 400, and the token stays usable</li>
 *   <li>a {@code resource} naming no function → {@code invalid_target}, 400, and the token stays
 *       usable</li>
 * </ul>
 *
 * <p>The audience is the family's, granted when it started (RFC 8707): {@code resource} parameters
 * may name part of it; a name beyond it is {@code invalid_target}, 400, and the token stays usable.
 */
@ApplicationScoped
public class RefreshTokenGrant implements Grant {
    private final AccessTokenIssuer issuer;
    private final RefreshTokenStore refreshTokens;
    private final TokenRefreshConfig config;

    public RefreshTokenGrant(AccessTokenIssuer issuer, RefreshTokenStore refreshTokens, TokenRefreshConfig config) {
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.config = config;
    }

    @Override
    public String type() {
        return "refresh_token";
    }

    @Override
    public List<String> requiredParameters() {
        return List.of(TokenRequest.REFRESH_TOKEN);
    }

    @Override
    public Uni<TokenResponse> grant(TokenRequest request, AuthenticatedClient client) {
        Optional<Set<String>> audience = Audiences.narrowing(request.resources());
        return refreshTokens
                .rotate(request.require(TokenRequest.REFRESH_TOKEN), client.clientId(), client.scopes(),
                        request.get(TokenRequest.SCOPE), audience)
                .map(rotation -> {
                    if (rotation instanceof Rotation.Rotated rotated) {
                        return TokenResponse.of(
                                issuer.issue(rotated.subject(), client.clientId(), rotated.accessScope(), rotated.audience()),
                                rotated.refreshToken(), config.refreshTokenTtl(), rotated.accessScope());
                    }
                    throw OAuthException.invalidGrant(((Rotation.Refused) rotation).verdict().description());
                });
    }
}

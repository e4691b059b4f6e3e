package dev.foresight.tokenrefresh.revocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.shared.auth.RefreshTokenEntity;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.tokenrefresh.audit.TokenAudit;
import dev.foresight.tokenrefresh.client.AuthenticatedClient;
import dev.foresight.tokenrefresh.client.ClientAuthenticator;
import dev.foresight.tokenrefresh.oauth.ClientCredentials;
import dev.foresight.tokenrefresh.oauth.FormBody;
import dev.foresight.tokenrefresh.oauth.TokenRequest;
import dev.foresight.tokenrefresh.refresh.RefreshTokenStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Revocation (RFC 7009), introspection (RFC 7662) and logout, each for an authenticated client.
 * A refresh token revokes its whole family; an access token is remembered by jti until its exp;
 * a logout revokes every family of the client and every access token it was issued before now.
 * Each revocation is audited in the same transaction and then published on
 * {@link Channels#REVOCATIONS}.
 */
@ApplicationScoped
public class RevocationService {
    static final String TOKEN = "token";
    private static final Logger LOG = Logger.getLogger(RevocationService.class);

    private final ClientAuthenticator authenticator;
    private final RefreshTokenStore refreshTokens;
    private final AccessTokenReader accessTokens;
    private final RevocationStore revocations;
    private final TokenAudit audit;
    private final EventPublisher events;
    private final ObjectMapper json;

    public RevocationService(ClientAuthenticator authenticator, RefreshTokenStore refreshTokens, AccessTokenReader accessTokens,
                             RevocationStore revocations, TokenAudit audit, EventPublisher events, ObjectMapper json) {
        this.authenticator = authenticator;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.revocations = revocations;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** RFC 7009 §2.2: 200 whether or not the token was known, live, or this client's. */
    public Uni<Void> revoke(String body, String authorization) {
        return authenticated(body, authorization).flatMap(request -> {
            String token = request.request().require(TOKEN);
            AuthenticatedClient client = request.client();
            Optional<AccessClaims> access = accessTokens.read(token);
            if (access.isPresent()) {
                return revokeAccess(access.get(), client);
            }
            return Panache.withTransaction(() -> refreshTokens.find(token).flatMap(row -> {
                if (row == null || !row.clientId.equals(client.clientId())) {
                    return Uni.createFrom().voidItem();
                }
                return revokeFamily(row);
            }));
        });
    }

    /** RFC 7662: inactive for expired, revoked, unknown or foreign tokens. */
    public Uni<Introspection> introspect(String body, String authorization) {
        return authenticated(body, authorization).flatMap(request -> {
            String token = request.request().require(TOKEN);
            long now = Instant.now().getEpochSecond();
            Optional<AccessClaims> access = accessTokens.read(token).filter(claims -> claims.expiresAt() > now);
            if (access.isPresent()) {
                return Panache.withSession(() -> revocations.isRevoked(access.get()))
                        .map(revoked -> revoked ? Introspection.INACTIVE : Introspection.of(access.get()));
            }
            return Panache.withSession(() -> refreshTokens.find(token)).map(row -> refreshIntrospection(row, request.client(), now));
        });
    }

    /** Revokes every refresh family of the client and every access token issued to it until now. */
    public Uni<Void> logout(String body, String authorization) {
        return authenticated(body, authorization).flatMap(request -> {
            String clientId = request.client().clientId();
            Instant now = Instant.now();
            return Panache.withTransaction(() -> refreshTokens.revokeClient(clientId, now.atOffset(ZoneOffset.UTC))
                            .call(() -> revocations.logout(clientId, now))
                            .call(count -> audit.record(TokenAudit.LOGOUT, clientId, Map.of(
                                    "refreshTokensRevoked", count, "issuedBefore", now.getEpochSecond()))))
                    .call(() -> publish(RevocationEvent.logout(clientId, now.getEpochSecond())))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> revokeAccess(AccessClaims claims, AuthenticatedClient client) {
        if (!client.clientId().equals(claims.clientId()) || claims.expiresAt() <= Instant.now().getEpochSecond()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> revocations
                        .revokeAccessToken(claims.jti(), claims.clientId(), claims.expiresAt(), Instant.now())
                        .call(fresh -> fresh
                                ? audit.record(TokenAudit.REVOCATION, claims.clientId(), Map.of(
                                        "tokenType", "access_token", "jti", claims.jti(), "exp", claims.expiresAt()))
                                : Uni.createFrom().voidItem()))
                .call(fresh -> fresh ? publish(RevocationEvent.accessToken(claims.clientId(), claims.jti(), claims.expiresAt())) : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /**
     * Access tokens minted from the family stay valid to their exp (their jtis are not tracked);
     * so this publishes nothing: no stream is opened with a refresh token.
     */
    private Uni<Void> revokeFamily(RefreshTokenEntity row) {
        return refreshTokens.revokeFamily(row)
                .call(count -> audit.record(TokenAudit.REVOCATION, row.clientId, Map.of(
                        "tokenType", "refresh_token", "family", row.familyId.toString(), "revoked", count)))
                .replaceWithVoid();
    }

    private static Introspection refreshIntrospection(RefreshTokenEntity row, AuthenticatedClient client, long now) {
        if (row == null || !row.clientId.equals(client.clientId()) || row.usedAt != null || row.revokedAt != null
                || row.expiresAt.toEpochSecond() <= now) {
            return Introspection.INACTIVE;
        }
        return new Introspection(true, row.scope, row.clientId, row.subject, row.expiresAt.toEpochSecond(),
                row.issuedAt.toEpochSecond(), "refresh_token", null, null, null);
    }

    /** Publishing is best effort after the commit: a Redis outage must not undo a revocation. */
    private Uni<Void> publish(RevocationEvent event) {
        String message;
        try {
            message = json.writeValueAsString(event);
        } catch (JsonProcessingException impossible) {
            return Uni.createFrom().failure(impossible);
        }
        return events.publish(Channels.REVOCATIONS, message)
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("could not publish revocation of client \"%s\": %s", event.clientId(), failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<ClientRequest> authenticated(String body, String authorization) {
        return Uni.createFrom().deferred(() -> {
            TokenRequest request = TokenRequest.parse(FormBody.parse(body));
            ClientCredentials credentials = ClientCredentials.from(authorization, request);
            return authenticator.authenticate(credentials).map(client -> new ClientRequest(client, request));
        });
    }

    private record ClientRequest(AuthenticatedClient client, TokenRequest request) {}
}

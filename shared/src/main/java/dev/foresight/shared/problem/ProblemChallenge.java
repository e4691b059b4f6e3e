package dev.foresight.shared.problem;

import dev.foresight.shared.apikey.ApiKeyAuthenticationMechanism;
import dev.foresight.shared.apikey.ApiKeyIdentity;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashSet;
import java.util.Set;

/**
 * The bearer-token mechanism, unchanged, except for its challenge: a request that needed a token
 * and sent none was answered by Quarkus with a bare 401 and no body, sent before any failure
 * handler could run. Here the challenge (status and {@code WWW-Authenticate}) comes with the same
 * problem+json body every other refusal has.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {
    private final JWTAuthMechanism bearer;
    private final ApiKeyAuthenticationMechanism apiKeys;

    public ProblemChallenge(JWTAuthMechanism bearer, ApiKeyAuthenticationMechanism apiKeys) {
        this.bearer = bearer;
        this.apiKeys = apiKeys;
    }

    /** An API key when one is presented, else the bearer token (this alternative stands in for both). */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        return ApiKeyIdentity.presented(context.request()) != null ? apiKeys.authenticate(context, identities)
                : bearer.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return bearer.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return bearer.getChallenge(context).map(challenge -> {
            if (context.response().ended() || context.response().headWritten()) {
                return true;
            }
            challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
            Problem problem = Problem.of(challenge.status, challenge.status == 401 ? "Unauthorized" : "Error",
                    challenge.status == 401 ? "a valid bearer access token is required" : null);
            context.response().setStatusCode(challenge.status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(bearer.getCredentialTypes());
        types.addAll(apiKeys.getCredentialTypes());
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return bearer.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return bearer.getPriority();
    }
}

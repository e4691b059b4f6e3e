package dev.foresight.tokenrefresh.grant;

import dev.foresight.tokenrefresh.client.ClientAuthenticator;
import dev.foresight.tokenrefresh.oauth.ClientCredentials;
import dev.foresight.tokenrefresh.oauth.ErrorDescription;
import dev.foresight.tokenrefresh.oauth.FormBody;
import dev.foresight.tokenrefresh.oauth.OAuthException;
import dev.foresight.tokenrefresh.oauth.TokenRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The token endpoint (RFC 6749 §3.2): reads the request, picks the grant by {@code grant_type},
 * authenticates the client and lets the grant answer. Cheap checks come before the slow secret check.
 */
@ApplicationScoped
public class TokenService {
    private final Map<String, Grant> grants = new TreeMap<>();
    private final ClientAuthenticator authenticator;
    private final MeterRegistry meters;

    public TokenService(Instance<Grant> grants, ClientAuthenticator authenticator, MeterRegistry meters) {
        this.meters = meters;
        for (Grant grant : grants) {
            Grant previous = this.grants.put(grant.type(), grant);
            if (previous != null) {
                throw new IllegalStateException("grant type \"" + grant.type() + "\" is implemented twice: "
                        + previous.getClass().getName() + " and " + grant.getClass().getName());
            }
        }
        this.authenticator = authenticator;
    }

    public Uni<TokenResponse> token(String body, String authorization) {
        Map<String, List<String>> form;
        try {
            form = FormBody.parse(body);
        } catch (OAuthException malformed) {
            count("unsupported", malformed.error().code());
            return Uni.createFrom().failure(malformed);
        }
        String type = form.getOrDefault(TokenRequest.GRANT_TYPE, List.of("none")).get(0);
        String grantTag = grants.containsKey(type) ? type : "unsupported";
        return issue(form, authorization)
                .onItem().invoke(ok -> count(grantTag, "issued"))
                .onFailure().invoke(failure -> count(grantTag,
                        failure instanceof OAuthException oauth ? oauth.error().code() : "error"));
    }

    /** foresight_token_grants_total{grant_type, outcome}: outcome is "issued" or the OAuth error code. */
    private void count(String grantType, String outcome) {
        meters.counter("foresight.token.grants", "grant_type", grantType, "outcome", outcome).increment();
    }

    private Uni<TokenResponse> issue(Map<String, List<String>> form, String authorization) {
        return Uni.createFrom().deferred(() -> {
            TokenRequest request = TokenRequest.parse(form);
            String type = request.require(TokenRequest.GRANT_TYPE);
            Grant grant = grants.get(type);
            if (grant == null) {
                throw OAuthException.unsupportedGrantType("grant_type " + ErrorDescription.quote(type) + " is not supported; use one of "
                        + String.join(", ", grants.keySet()));
            }
            grant.requiredParameters().forEach(request::require);
            ClientCredentials credentials = ClientCredentials.from(authorization, request);
            return authenticator.authenticate(credentials).flatMap(client -> grant.grant(request, client));
        });
    }
}

package dev.foresight.shared.jwt;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Verifies bearer JWTs as SmallRye JWT's own validator does (same parser, same identity: the token
 * as principal and credential, its {@code scope} as roles), asked first. A token verified in the
 * last minute is answered on the calling thread from {@link VerifiedTokens}; only a token seen for
 * the first time is verified on a worker thread, as the key set may have to be fetched.
 */
@ApplicationScoped
public class CachedJwtIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(CachedJwtIdentityProvider.class);
    static final Duration TTL = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private final JWTParser parser;
    private final VerifiedTokens verified = new VerifiedTokens(TTL, MAX_ENTRIES);

    public CachedJwtIdentityProvider(JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before SmallRye JWT's validator, which has the default priority (1001) and is then never asked. */
    @Override
    public int priority() {
        return 1002;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof JsonWebTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String raw = request.getToken().getToken();
        JsonWebToken known = verified.get(raw, Instant.now());
        if (known != null) {
            return Uni.createFrom().item(identity(request, known));
        }
        return context.runBlocking(() -> {
            JsonWebToken token;
            try {
                token = parser.parse(raw);
            } catch (ParseException refused) {
                LOG.debug("Authentication failed", refused);
                throw new AuthenticationFailedException(refused);
            }
            verified.put(raw, token, Instant.now());
            return identity(request, token);
        });
    }

    private static SecurityIdentity identity(TokenAuthenticationRequest request, JsonWebToken token) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredential(request.getToken())
                .addRoles(token.getGroups())
                .addAttribute("quarkus.user", token);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
        }
        return builder.build();
    }
}

package dev.foresight.shared.apikey;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * An accepted key becomes an identity named by its key id whose roles are its scopes, exactly as
 * a JWT's {@code scope} claim becomes roles ({@code smallrye.jwt.path.groups=scope}), so the same
 * {@code roles-allowed} policies guard both.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeyVerifier verifier;

    public ApiKeyIdentityProvider(ApiKeyVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return verifier.verify(request.key()).map(verdict -> {
            if (verdict instanceof ApiKeyVerdict.Accepted accepted) {
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(accepted.keyId()))
                        .addRoles(accepted.scopes())
                        .addAttribute(ApiKeyIdentity.KEY_ID, accepted.keyId())
                        .build();
            }
            LOG.debugf("API key refused: %s", ((ApiKeyVerdict.Refused) verdict).reason());
            throw new AuthenticationFailedException("API key refused");
        });
    }
}

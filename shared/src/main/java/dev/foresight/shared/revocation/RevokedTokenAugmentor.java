package dev.foresight.shared.revocation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401) an access token that verifies but was revoked before its {@code exp}
 * (RFC 7009 by jti, or a logout of its client): verification alone would accept it until then.
 */
@ApplicationScoped
public class RevokedTokenAugmentor implements SecurityIdentityAugmentor {
    private final RevokedAccessTokens revoked;

    public RevokedTokenAugmentor(RevokedAccessTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && revoked.revoked(token.getTokenID(), clientId(token), token.getIssuedAtTime())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("access token revoked"));
        }
        return Uni.createFrom().item(identity);
    }

    private static String clientId(JsonWebToken token) {
        Object claim = token.getClaim("client_id");
        return claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
    }
}

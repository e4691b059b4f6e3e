package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.key.SigningKey;
import dev.foresight.tokenrefresh.key.SigningKeys;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs access tokens as RFC 9068 JWTs: RS256, {@code typ: at+jwt} and the key's {@code kid} in the
 * header; iss, sub, client_id, aud (the functions it is for, see {@link Audiences}), scope
 * (space-separated, which the verifying functions map to roles), jti, iat and exp.
 */
@ApplicationScoped
public class AccessTokenIssuer {
    /** RFC 9068 §2.1: the {@code typ} header of an access token. */
    public static final String TYPE = "at+jwt";

    private final SigningKeys keys;
    private final TokenRefreshConfig config;

    public AccessTokenIssuer(SigningKeys keys, TokenRefreshConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public AccessToken issue(String subject, String clientId, Scope scope, Set<String> audiences) {
        SigningKey key = keys.current();
        long issuedAt = Instant.now().getEpochSecond();
        long lifetime = config.accessTokenTtl().toSeconds();
        String jti = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .subject(subject)
                .claim("client_id", clientId)
                .claim("scope", scope.toString())
                .claim("jti", jti)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt + lifetime);
        if (!audiences.isEmpty()) {
            claims.audience(audiences);
        }
        String jwt = claims.jws()
                .header("typ", TYPE)
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .sign(key.privateKey());
        return new AccessToken(jwt, lifetime, jti, issuedAt + lifetime);
    }
}

package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.key.SigningKey;
import dev.foresight.tokenrefresh.key.SigningKeys;
import dev.foresight.tokenrefresh.oauth.Scope;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Signs access tokens: RS256 JWTs with iss, sub, scope (space-separated, which the verifying
 * functions map to roles), jti, iat and exp, and the key's {@code kid} in the header.
 */
@ApplicationScoped
public class AccessTokenIssuer {
    private final SigningKeys keys;
    private final TokenRefreshConfig config;

    public AccessTokenIssuer(SigningKeys keys, TokenRefreshConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public AccessToken issue(String subject, Scope scope) {
        SigningKey key = keys.current();
        long issuedAt = Instant.now().getEpochSecond();
        long lifetime = config.accessTokenTtl().toSeconds();
        String jwt = Jwt.issuer(config.issuer())
                .subject(subject)
                .claim("scope", scope.toString())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt + lifetime)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .sign(key.privateKey());
        return new AccessToken(jwt, lifetime);
    }
}

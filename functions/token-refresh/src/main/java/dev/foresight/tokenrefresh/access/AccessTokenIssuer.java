package dev.foresight.tokenrefresh.access;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.key.SigningKey;
import dev.foresight.tokenrefresh.key.SigningKeys;
import dev.foresight.tokenrefresh.oauth.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens as RFC 9068 JWTs: RS256, {@code typ: at+jwt} and the key's {@code kid} in the
 * header; iss, sub, client_id, aud (the functions it is for, see {@link Audiences}), scope
 * (space-separated, which the verifying functions map to roles), jti, iat and exp. Built with
 * jose4j directly: smallrye-jwt's builder reads its configuration on every token, a tenth of the
 * cost of a {@code /token} answer.
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
        return sign(keys.current(), config.issuer(), config.accessTokenTtl(), Instant.now(), subject, clientId, scope, audiences);
    }

    /** The token itself, from its key and claims alone: what every {@code /token} answer pays for. */
    public static AccessToken sign(SigningKey key, String issuer, Duration ttl, Instant now, String subject,
            String clientId, Scope scope, Set<String> audiences) {
        long issuedAt = now.getEpochSecond();
        long lifetime = ttl.toSeconds();
        String jti = UUID.randomUUID().toString();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("client_id", clientId);
        claims.setClaim("scope", scope.toString());
        claims.setJwtId(jti);
        claims.setClaim("iat", issuedAt);
        claims.setClaim("exp", issuedAt + lifetime);
        if (!audiences.isEmpty()) {
            claims.setAudience(List.copyOf(audiences));
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setHeader("typ", TYPE);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(key.kid());
        jws.setKey(key.privateKey());
        String jwt;
        try {
            jwt = jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign an access token with key \"" + key.kid() + "\"", e);
        }
        return new AccessToken(jwt, lifetime, jti, issuedAt + lifetime);
    }
}

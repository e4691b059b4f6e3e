package dev.foresight.tokenrefresh.revocation;

import dev.foresight.tokenrefresh.access.AccessTokenIssuer;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import dev.foresight.tokenrefresh.key.SigningKey;
import dev.foresight.tokenrefresh.key.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Reads an access token this server signed: RS256 under one of its keys, {@code typ: at+jwt}, its
 * issuer. Expiry is not judged here: introspection and revocation each decide what it means.
 */
@ApplicationScoped
public class AccessTokenReader {
    private final SigningKeys keys;
    private final TokenRefreshConfig config;

    public AccessTokenReader(SigningKeys keys, TokenRefreshConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** Empty when the value is not a well-formed access token of this server. */
    public Optional<AccessClaims> read(String token) {
        if (token == null || token.length() > 8192 || token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        try {
            String kid = new JwtConsumerBuilder().setSkipAllValidators().setSkipSignatureVerification().build()
                    .process(token).getJoseObjects().get(0).getKeyIdHeaderValue();
            Optional<SigningKey> published = kid == null ? Optional.empty() : keys.published(kid);
            if (published.isEmpty()) {
                return Optional.empty();
            }
            SigningKey key = published.get();
            JwtContext context = new JwtConsumerBuilder()
                    .setVerificationKey(key.publicKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, SigningKey.ALGORITHM)
                    .setSkipAllValidators()
                    .build()
                    .process(token);
            JsonWebSignature jws = (JsonWebSignature) context.getJoseObjects().get(0);
            if (!key.kid().equals(jws.getKeyIdHeaderValue()) || !AccessTokenIssuer.TYPE.equals(jws.getHeader("typ"))) {
                return Optional.empty();
            }
            JwtClaims claims = context.getJwtClaims();
            if (!config.issuer().equals(claims.getIssuer()) || claims.getJwtId() == null
                    || claims.getExpirationTime() == null || claims.getIssuedAt() == null) {
                return Optional.empty();
            }
            return Optional.of(new AccessClaims(claims.getJwtId(), claims.getStringClaimValue("client_id"),
                    claims.getSubject(), claims.getStringClaimValue("scope"),
                    claims.hasAudience() ? claims.getAudience() : java.util.List.of(), claims.getIssuer(),
                    claims.getIssuedAt().getValue(), claims.getExpirationTime().getValue()));
        } catch (Exception notOurs) {
            // InvalidJwtException, MalformedClaimException, JoseException, ClassCastException: not ours
            return Optional.empty();
        }
    }

}

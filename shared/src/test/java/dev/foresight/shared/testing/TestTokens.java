package dev.foresight.shared.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens for @QuarkusTest suites, signed with the test key pair whose public half the
 * {@code %test} profile verifies against. Same claims as token-refresh issues.
 */
public final class TestTokens {
    public static final String ISSUER = "https://foresight.local";

    /** Every function's audience: a token without {@code resource}, good for the whole fleet. */
    public static final Set<String> FLEET = Set.of("foresight-predict", "foresight-alert-route",
            "foresight-monitor-trigger", "foresight-embed", "foresight-token-refresh");

    private TestTokens() {}

    public static String withScopes(String... scopes) {
        return forAudiences(FLEET, scopes);
    }

    /** A token whose {@code aud} is exactly {@code audiences}. */
    public static String forAudiences(Set<String> audiences, String... scopes) {
        return Jwt.issuer(ISSUER)
                .audience(audiences)
                .subject("test-client")
                .claim("client_id", "test-client")
                .claim("scope", String.join(" ", scopes))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofMinutes(15))
                .jws().keyId("test")
                .sign("foresight-test-private.pem");
    }

    public static String bearer(String... scopes) {
        return "Bearer " + withScopes(scopes);
    }
}

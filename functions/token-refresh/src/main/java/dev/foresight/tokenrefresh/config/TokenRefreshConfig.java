package dev.foresight.tokenrefresh.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/** Everything token-refresh lets an operator change; validated at start-up by Bean Validation. */
@ConfigMapping(prefix = "foresight.token-refresh")
public interface TokenRefreshConfig {

    /** Lifetime of an access token ({@code exp - iat}); also its {@code expires_in}. */
    @WithDefault("PT15M")
    @DurationMin(seconds = 1)
    @DurationMax(hours = 24)
    Duration accessTokenTtl();

    /** Lifetime of each refresh token; every rotation issues a fresh one with this lifetime. */
    @WithDefault("P7D")
    @DurationMin(seconds = 1)
    Duration refreshTokenTtl();

    /**
     * PKCS#8 PEM file of the RSA signing key (env {@code FORESIGHT_SIGNING_KEY}). Generated with
     * mode 600 when missing, so a restart keeps the key and the tokens it signed stay valid.
     */
    @WithDefault(".foresight/signing-key.pem")
    @NotBlank
    String signingKey();

    /** {@code iss} of every access token; must equal what the verifying functions expect. */
    @WithDefault("https://foresight.local")
    @NotBlank
    String issuer();

    /**
     * RFC 6749 §4.4.3 says a refresh token SHOULD NOT be issued for client_credentials; Foresight
     * issues one anyway so long-running callers rotate a token instead of re-sending the secret.
     */
    @WithDefault("true")
    boolean issueRefreshOnClientCredentials();

    /** Clients to upsert at start-up: {@code id:secret:scope1 scope2;id2:secret2:scopes}. */
    Optional<String> clients();

    /** PBKDF2 iterations for newly hashed client secrets; stored hashes carry their own count. */
    @WithDefault("210000")
    @Min(10_000)
    @Max(10_000_000)
    int secretHashIterations();

    /** How long the earlier versions of an API key keep working after it is rotated. */
    @WithDefault("P90D")
    @DurationMax(days = 365)
    Duration apiKeyOverlap();

    /** Rate limits on {@code POST /token}, checked before the (deliberately slow) secret check. */
    TokenLimit tokenLimit();

    /** Token buckets on {@code /token}: per client id, and per remote address (with or without a valid client). */
    interface TokenLimit {
        /** Token requests per second one client id may sustain. */
        @WithDefault("20")
        double clientRate();

        @WithDefault("200")
        long clientBurst();

        /** Token requests per second one remote address may sustain, whatever client it names. */
        @WithDefault("50")
        double addressRate();

        @WithDefault("500")
        long addressBurst();
    }

    /** How often expired and revoked refresh tokens are deleted. */
    @WithDefault("PT1H")
    @DurationMin(seconds = 1)
    Duration cleanupInterval();

    /**
     * How long a dead refresh token is kept before it is deleted. A family is deleted only when
     * none of its tokens has been live within this grace, so reuse of a spent token is still
     * detected while a successor of it lives.
     */
    @WithDefault("P1D")
    @DurationMin(seconds = 0)
    Duration cleanupGrace();

    /** Rows deleted per statement, so one sweep never holds many locks at once. */
    @WithDefault("1000")
    @Min(1)
    @Max(100_000)
    int cleanupBatchSize();

    /**
     * Directory of rotating signing keys shared by every instance (env
     * {@code FORESIGHT_SIGNING_KEY_DIR}); when set it replaces {@link #signingKey()}. See
     * {@code key/KeyRotationPolicy} for the schedule.
     */
    Optional<String> signingKeyDir();

    /** How long a new key is published in the JWKS before it signs (covers verifiers' JWKS caches). */
    @WithDefault("PT1H")
    @DurationMin(seconds = 0)
    Duration keyPublishLead();

    /**
     * How long a key stays published after it stops signing; must be at least
     * {@link #accessTokenTtl()} so every token it signed expires first.
     */
    @WithDefault("PT1H")
    @DurationMin(seconds = 1)
    Duration keyOverlap();

    /** Age of the newest key at which a new one is created. */
    @WithDefault("P30D")
    @DurationMin(minutes = 1)
    Duration keyRotationInterval();

    /** How often each instance re-reads the key directory (and rotates when due). */
    @WithDefault("PT1M")
    @DurationMin(seconds = 1)
    Duration keyCheckInterval();
}

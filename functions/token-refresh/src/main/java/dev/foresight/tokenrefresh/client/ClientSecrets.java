package dev.foresight.tokenrefresh.client;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Hashing and checking secrets off the event loop: PBKDF2 is deliberately slow, and a request
 * thread blocked on it would stall every other request on that loop.
 */
@ApplicationScoped
public class ClientSecrets {
    private final SecretHasher hasher;
    private final Vertx vertx;
    /** Checked when the client is unknown, so a wrong id costs as much time as a wrong secret. */
    private final String decoy;
    private final VerifiedSecrets verified;

    public ClientSecrets(TokenRefreshConfig config, Vertx vertx) {
        SecureRandom random = new SecureRandom();
        this.hasher = new SecretHasher(config.secretHashIterations(), random);
        this.vertx = vertx;
        this.decoy = hasher.hash(Long.toHexString(random.nextLong()));
        this.verified = new VerifiedSecrets(random);
    }

    /** For start-up, which runs on its own thread. */
    public String hashNow(String secret) {
        return hasher.hash(secret);
    }

    public Uni<String> hash(String secret) {
        return vertx.executeBlocking(() -> hasher.hash(secret), false);
    }

    /** True when {@code secret} matches {@code storedOrNull}; null (unknown client) never matches. */
    public Uni<Boolean> matches(String secret, String storedOrNull) {
        if (storedOrNull != null && verified.remembers(storedOrNull, secret)) {
            return Uni.createFrom().item(true);
        }
        return vertx.executeBlocking(() -> {
            if (storedOrNull == null) {
                hasher.matches(secret, decoy);
                return false;
            }
            boolean matches = hasher.matches(secret, storedOrNull);
            if (matches) {
                verified.remember(storedOrNull, secret);
            }
            return matches;
        }, false);
    }
}

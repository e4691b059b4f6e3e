package dev.foresight.tokenrefresh.key;

import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** The signing key of this instance, loaded (or created) at start-up so a bad key fails early. */
@Startup
@Singleton
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final SigningKey key;

    public SigningKeys(TokenRefreshConfig config) {
        Path file = Path.of(config.signingKey());
        this.key = SigningKeyFile.loadOrCreate(file);
        LOG.infof("signing with key \"%s\" from \"%s\"", key.kid(), file.toAbsolutePath());
    }

    public SigningKey current() {
        return key;
    }

    /** The RFC 7517 JWK Set every function verifies access tokens with. */
    public Map<String, Object> jwks() {
        return Map.of("keys", List.of(key.publicJwk()));
    }
}

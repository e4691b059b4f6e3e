package dev.foresight.tokenrefresh.key;

import dev.foresight.tokenrefresh.audit.KeyRotationAudit;
import dev.foresight.tokenrefresh.config.TokenRefreshConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The signing keys of this instance, loaded (or created) at start-up so a bad key fails early:
 * either one key file, or a directory of rotating keys ({@link KeyRing}) re-read on a timer.
 */
@Startup
@Singleton
public class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final SigningKey single;
    private final KeyRing ring;
    private final Vertx vertx;
    private final long timer;

    public SigningKeys(TokenRefreshConfig config, Vertx vertx, KeyRotationAudit rotations) {
        this.vertx = vertx;
        if (config.signingKeyDir().isEmpty()) {
            Path file = Path.of(config.signingKey());
            this.single = SigningKeyFile.loadOrCreate(file);
            this.ring = null;
            this.timer = -1;
            LOG.infof("signing with key \"%s\" from \"%s\"", single.kid(), file.toAbsolutePath());
            return;
        }
        KeyRotationPolicy.requireOverlapCovers(config.keyOverlap(), config.accessTokenTtl());
        KeyRotationPolicy policy = new KeyRotationPolicy(config.keyPublishLead(), config.keyOverlap(),
                config.keyRotationInterval());
        Path directory = Path.of(config.signingKeyDir().get());
        this.single = null;
        this.ring = new KeyRing(directory, policy, rotations, Clock.systemUTC());
        this.timer = vertx.setPeriodic(config.keyCheckInterval().toMillis(), ignored -> vertx.executeBlocking(() -> ring.reload())
                .onFailure(failure -> LOG.warnf(failure, "cannot re-read signing keys in \"%s\"", directory)));
        LOG.infof("signing with key \"%s\" of %d published in \"%s\"", current().kid(), published().size(),
                directory.toAbsolutePath());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public SigningKey current() {
        return ring == null ? single : ring.state().signing();
    }

    /** Creates a new key at once (published now, signing after the lead); false without a key directory. */
    public boolean rotate() {
        if (ring == null) {
            return false;
        }
        KeyRing.State state = ring.rotate();
        LOG.infof("rotated signing keys: %d published, \"%s\" signs", state.published().size(), state.signing().kid());
        return true;
    }

    /** The published key with this {@code kid}: a token it signed is still verifiable. */
    public Optional<SigningKey> published(String kid) {
        return published().stream().filter(key -> key.kid().equals(kid)).findFirst();
    }

    private List<SigningKey> published() {
        return ring == null ? List.of(single) : ring.state().published();
    }

    /** The RFC 7517 JWK Set every function verifies access tokens with: every published key. */
    public Map<String, Object> jwks() {
        return Map.of("keys", published().stream().map(SigningKey::publicJwk).toList());
    }
}

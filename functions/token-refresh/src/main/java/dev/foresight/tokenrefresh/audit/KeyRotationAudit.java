package dev.foresight.tokenrefresh.audit;

import dev.foresight.tokenrefresh.key.KeyRotationListener;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes a {@code key_rotation} entry ({@code kid}, {@code previous}) for each new signing key.
 * Keys are created on worker threads (start-up, the re-read timer, {@code POST /keys/rotate}), so
 * the write runs on a fresh duplicated Vert.x context of its own, as reactive sessions require.
 * The key exists whether or not the entry could be written: a failed write is logged.
 */
@Singleton
public class KeyRotationAudit implements KeyRotationListener {
    private static final Logger LOG = Logger.getLogger(KeyRotationAudit.class);

    private final TokenAudit audit;
    private final Vertx vertx;

    public KeyRotationAudit(TokenAudit audit, Vertx vertx) {
        this.audit = audit;
        this.vertx = vertx;
    }

    @Override
    public void rotated(String newKid, String previousKid) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kid", newKid);
        details.put("previous", previousKid); // null for the first key
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        context.runOnContext(ignored -> {
            VertxContextSafetyToggle.setCurrentContextSafe(true);
            audit.record(TokenAudit.KEY_ROTATION, null, details).subscribe().with(
                    done -> {},
                    failure -> LOG.warnf(failure, "cannot audit the rotation to signing key \"%s\"", newKid));
        });
    }
}

package dev.foresight.alertroute.notify;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs work after a request has been answered. Each piece gets a fresh, safe Vert.x duplicated
 * context so it can open its own reactive Hibernate sessions, independent of the request's.
 */
@ApplicationScoped
public class Background {
    private static final Logger LOG = Logger.getLogger(Background.class);

    private final Vertx vertx;

    public Background(Vertx vertx) {
        this.vertx = vertx;
    }

    public void run(String what, Supplier<Uni<?>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(work)
                .subscribe().with(done -> { }, failure -> LOG.errorf(failure, "%s failed", what)));
    }
}

package dev.foresight.monitortrigger.testing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Reads the real database from a test thread, in a session of its own. */
public final class Db {
    private Db() {}

    public static <T> T read(Supplier<Uni<T>> query) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(query));
        } catch (Throwable t) {
            throw new AssertionError("database read failed", t);
        }
    }
}

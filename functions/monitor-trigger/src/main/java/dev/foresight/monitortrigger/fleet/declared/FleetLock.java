package dev.foresight.monitortrigger.fleet.declared;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One PostgreSQL advisory lock, held to the end of the current transaction, that orders the
 * fleet's changes: accepting a document takes it exclusively, a registration write takes it
 * shared. A write therefore never checks a declaration that is being replaced under it.
 */
final class FleetLock {
    /** "fleet" in ASCII. */
    private static final long KEY = 0x666c656574L;

    private FleetLock() {}

    static Uni<Void> exclusive() {
        return take("pg_advisory_xact_lock");
    }

    static Uni<Void> shared() {
        return take("pg_advisory_xact_lock_shared");
    }

    private static Uni<Void> take(String function) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select " + function + "(" + KEY + ")").getSingleResult())
                .replaceWithVoid();
    }
}

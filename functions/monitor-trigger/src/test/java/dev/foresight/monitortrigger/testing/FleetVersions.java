package dev.foresight.monitortrigger.testing;

import dev.foresight.shared.fleet.FleetVersionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/**
 * A declared fleet governs every registration in the shared test database: tests that declare one
 * forget it afterwards, so the other test classes register services freely again.
 */
public final class FleetVersions {
    private FleetVersions() {}

    public static void forget(FleetVersionRepository versions) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(versions::deleteAll));
        } catch (Throwable t) {
            throw new AssertionError("cannot clear fleet_versions", t);
        }
    }
}

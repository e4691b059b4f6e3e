package dev.foresight.predict.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.prediction.DetectorStateRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The state upsert against the real table: insert, never back in time, a new format replaces. */
@QuarkusTest
class DetectorStateRepositoryTest {
    @Inject
    DetectorStateRepository states;
    @Inject
    Pool pool;

    private <T> T tx(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }

    @Test
    void aStateIsInsertedThenOnlyReplacedByANewerOneOrAnotherFormat() throws Throwable {
        long id = new Fleet(pool).service(Fleet.unique("vault"), 500);
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(1, tx(() -> states.save(id, "cpu", 1, t, new byte[] {1})));
        assertEquals(0, tx(() -> states.save(id, "cpu", 1, t.minusMinutes(1), new byte[] {2})), "older: kept");
        assertEquals(1, tx(() -> states.save(id, "cpu", 1, t.plusMinutes(1), new byte[] {3})));
        assertArrayEquals(new byte[] {3}, row(id).getBuffer("state").getBytes());
        assertEquals(1, tx(() -> states.save(id, "cpu", 2, t, new byte[] {4})), "another format replaces");
        assertEquals(2, row(id).getInteger("format"));
        assertEquals(1, tx(() -> states.forService(id)).size());
    }

    private Row row(long id) {
        return pool.preparedQuery("SELECT format, state FROM detector_states WHERE service_id = $1 AND metric = 'cpu'")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next();
    }
}

package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.predict.anomaly.AnomalyScore;
import dev.foresight.predict.anomaly.DetectorSnapshot;
import dev.foresight.predict.anomaly.OnlineDetector;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The service equals the bench: over HTTP, two prediction cycles of a service score its latency
 * exactly as one detector run offline over the same snapshots with the same times would, because
 * the service keeps the detector between cycles and feeds it only what is new.
 */
@QuarkusTest
class StreamingStateTest {
    private static final int STEP = 5;
    /** Snapshots a prediction reads (foresight.predict.history-points). */
    private static final int READ = 360;
    private static final int RECENT = 3;

    @Inject
    Pool pool;

    private static double[] noisy(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 120 + 6 * r.nextGaussian();
        }
        return y;
    }

    private static JsonPath predict(String name) {
        return given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(Map.of("service", name))
                .when().post("/predict").then().statusCode(200).extract().jsonPath().using(PredictFunctionTest.DOUBLES);
    }

    @Test
    void twoCyclesOverHttpScoreTheNewSnapshotsAsOneOfflineDetectorDoes() {
        Fleet fleet = new Fleet(pool);
        String name = Fleet.unique("ledger");
        long id = fleet.service(name, 10_000);
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).truncatedTo(ChronoUnit.SECONDS);
        double[] before = noisy(READ, 1);
        double[] after = noisy(40, 2);
        after[20] = 2_000; // far beyond anything seen: a spike the detector must report
        fleet.latencyAt(id, first, STEP, before);

        predict(name);
        Row saved = state(id);
        assertEquals(DetectorSnapshot.FORMAT, saved.getInteger("format"));
        assertEquals(first.plusSeconds((READ - 1L) * STEP).toInstant(), saved.getOffsetDateTime("last_time").toInstant());

        fleet.latencyAt(id, first.plusSeconds((long) READ * STEP), STEP, after);
        JsonPath second = predict(name);

        // offline, as the bench runs it: one detector, the real times, every snapshot once
        OnlineDetector offline = new OnlineDetector();
        long t0 = first.toInstant().toEpochMilli();
        for (int i = 0; i < READ; i++) {
            if (i < READ - RECENT) {
                offline.score(t0 + i * STEP * 1000L, before[i]);
            } else {
                offline.update(t0 + i * STEP * 1000L, before[i]);
            }
        }
        AnomalyScore strongest = AnomalyScore.NORMAL;
        for (int i = 0; i < after.length; i++) {
            AnomalyScore s = offline.update(t0 + (READ + i) * STEP * 1000L, after[i]);
            strongest = s.score() > strongest.score() ? s : strongest;
        }
        assertTrue(strongest.score() >= 0.8, "the spike is reported: " + strongest);
        assertEquals(1, second.getList("anomalies").size(), second.prettify());
        assertEquals("latency_ms", second.getString("anomalies[0].metric"));
        assertEquals(strongest.score(), second.getDouble("anomalies[0].score"), 1e-12);
        assertEquals("latency_ms " + strongest.reason(), second.getString("anomalies[0].reason"));
        assertEquals(first.plusSeconds((READ + after.length - 1L) * STEP).toInstant(),
                state(id).getOffsetDateTime("last_time").toInstant());

        // a cycle with nothing new leaves the saved detector as it was
        byte[] kept = state(id).getBuffer("state").getBytes();
        predict(name);
        assertEquals(java.util.Arrays.hashCode(kept), java.util.Arrays.hashCode(state(id).getBuffer("state").getBytes()));
    }

    private Row state(long serviceId) {
        return pool.preparedQuery("SELECT format, last_time, state FROM detector_states WHERE service_id = $1 AND metric = 'latency_ms'")
                .execute(Tuple.of(serviceId)).await().indefinitely().iterator().next();
    }
}

package dev.foresight.alertroute.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.V2Alerts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many requests at once share commits (group commit), and the store still ends as if they had come
 * one by one: one row per distinct open alert, every post counted once on it, every alert in its
 * group, every request answered 200 once durable.
 */
@QuarkusTest
class ConcurrentIntakeTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS_EACH = 25;
    private static final int ALERTS_PER_REQUEST = 4;
    private static final int DISTINCT = 40;

    @Test
    void concurrentPostsOfRepeatedAndDistinctAlertsAreEachStoredOnce() throws Exception {
        String name = V2Alerts.name("storm");
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                statuses.add(pool.submit(() -> {
                    int ok = 0;
                    for (int r = 0; r < REQUESTS_EACH; r++) {
                        StringBuilder body = new StringBuilder("[");
                        for (int a = 0; a < ALERTS_PER_REQUEST; a++) {
                            // the same instance more than once in a request too: repeats inside one commit
                            int instance = (c * 7 + r * 3 + a * (a == 3 ? 0 : 11)) % DISTINCT;
                            body.append(a == 0 ? "" : ",").append("{\"labels\":{\"alertname\":\"").append(name)
                                    .append("\",\"instance\":\"i").append(instance).append("\",\"severity\":\"warning\"},")
                                    .append("\"annotations\":{\"summary\":\"post ").append(c).append('-').append(r)
                                    .append("\"}}");
                        }
                        body.append(']');
                        int status = given().header("Authorization", Alerts.WRITER).contentType(ContentType.JSON)
                                .body(body.toString()).post("/api/v2/alerts").statusCode();
                        ok += status == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int answered = 0;
            for (Future<Integer> status : statuses) {
                answered += status.get(120, TimeUnit.SECONDS);
            }
            assertEquals(CLIENTS * REQUESTS_EACH, answered, "every request answered 200");
        } finally {
            pool.shutdownNow();
        }
        long rows = Db.count("SELECT count(*) FROM alerts WHERE labels->>'alertname' = ?", name);
        long distinctFingerprints = Db.count("SELECT count(DISTINCT fingerprint) FROM alerts WHERE labels->>'alertname' = ?", name);
        long posts = Db.count("SELECT coalesce(sum(occurrences), 0) FROM alerts WHERE labels->>'alertname' = ?", name);
        long grouped = Db.count("SELECT count(DISTINCT m.alert_id) FROM alert_group_members m JOIN alerts a ON a.id = m.alert_id "
                + "WHERE a.labels->>'alertname' = ?", name);
        long usedInstances = usedInstances();
        assertEquals(usedInstances, rows, "one row per distinct open alert");
        assertEquals(rows, distinctFingerprints, "no alert stored twice");
        assertEquals((long) CLIENTS * REQUESTS_EACH * ALERTS_PER_REQUEST, posts, "every post counted once");
        assertEquals(rows, grouped, "every alert in its group");
    }

    private static long usedInstances() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int c = 0; c < CLIENTS; c++) {
            for (int r = 0; r < REQUESTS_EACH; r++) {
                for (int a = 0; a < ALERTS_PER_REQUEST; a++) {
                    used.add((c * 7 + r * 3 + a * (a == 3 ? 0 : 11)) % DISTINCT);
                }
            }
        }
        return used.size();
    }
}

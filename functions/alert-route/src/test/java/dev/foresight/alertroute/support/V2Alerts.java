package dev.foresight.alertroute.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Alerts as Prometheus posts them to {@code POST /api/v2/alerts}, and the notification rows they leave. */
public final class V2Alerts {
    private V2Alerts() {}

    /** A unique alert name, so tests sharing one application never share a group. */
    public static String name(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Fires {@code alertname} for the receiver picked by {@code channel}. */
    public static void fire(String alertname, String channel) {
        post(alertname, channel, null);
    }

    /** Resolves it: the same labels with an end in the past. */
    public static void resolve(String alertname, String channel) {
        post(alertname, channel, Instant.now().minusSeconds(1));
    }

    private static void post(String alertname, String channel, Instant endsAt) {
        String body = "[{\"labels\":{\"alertname\":\"" + alertname + "\",\"channel\":\"" + channel + "\",\"severity\":\"warning\"},"
                + "\"annotations\":{\"summary\":\"disk <b>almost</b> full\"},\"generatorURL\":\"http://prometheus.example.org/graph\""
                + (endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"") + "}]";
        given().header("Authorization", Alerts.WRITER).contentType(ContentType.JSON).body(body)
                .post("/api/v2/alerts").then().statusCode(200);
    }

    /**
     * Waits until the alert's notification rows satisfy {@code done} and none is still pending
     * (queued, or between rounds), and returns them.
     */
    public static List<Map<String, Object>> awaitRows(String alertname, Predicate<List<Map<String, Object>>> done) {
        return awaitRowsInAnyState(alertname, rows -> done.test(rows) && rows.stream().noneMatch(r -> "pending".equals(r.get("status"))));
    }

    /** Waits until the alert's notification rows, pending ones included, satisfy {@code done}, and returns them. */
    public static List<Map<String, Object>> awaitRowsInAnyState(String alertname, Predicate<List<Map<String, Object>>> done) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.notificationsNamed(alertname), done);
    }
}

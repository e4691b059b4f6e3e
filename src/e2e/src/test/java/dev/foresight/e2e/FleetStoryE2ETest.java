package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo's story against the five packaged functions: a user obtains a token, registers a
 * small fleet, pushes degrading snapshots, triggers a cycle, and sees the predicted failure reach
 * the webhook once and the SSE stream; refresh-token replay and missing tokens are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetStoryE2ETest {
    private static final String ADMIN_SECRET = "e2e-admin-secret";
    private static final String MONITOR_SECRET = "e2e-monitor-secret";

    private static Fleet fleet;
    private static RecordingServer webhook;
    private static SseRecorder stream;
    private static String token;

    @BeforeAll
    static void startFleet() throws Exception {
        E2eDatabase.recreate();
        Path root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("src/e2e/target/e2e");
        webhook = new RecordingServer();
        fleet = new Fleet(root, work);
        Map<String, String> env = Fleet.environment(work,
                "e2e-admin:" + ADMIN_SECRET + ":fleet:write monitor:write predict:write alerts:write memory:write",
                "e2e-monitor", MONITOR_SECRET);
        env.put("FORESIGHT_WEBHOOK_URL", webhook.url());
        fleet.start(env);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        if (stream != null) {
            stream.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    @Order(1)
    void requestWithoutTokenIsRefused() throws Exception {
        assertEquals(401, Api.get(Fleet.url("monitor-trigger") + "/services", null).status());
        assertEquals(401, Api.post(Fleet.url("predict") + "/predict", null, "{\"service\":\"x\"}").status());
        assertEquals(401, Api.post(Fleet.url("alert-route") + "/alerts", null, "{}").status());
    }

    @Test
    @Order(2)
    void replayedRefreshTokenRevokesItsFamily() throws Exception {
        Api.Reply first = clientCredentials();
        String refresh1 = first.body().get("refresh_token").asText();
        Api.Reply second = refresh(refresh1);
        assertEquals(200, second.status(), second.body().toString());
        String refresh2 = second.body().get("refresh_token").asText();
        assertNotEquals(refresh1, refresh2);

        Api.Reply replay = refresh(refresh1);
        assertEquals(400, replay.status());
        assertEquals("invalid_grant", replay.body().get("error").asText());
        Api.Reply afterRevocation = refresh(refresh2);
        assertEquals("invalid_grant", afterRevocation.body().get("error").asText(), "the whole family is revoked");
    }

    @Test
    @Order(3)
    void degradingServiceIsPredictedToFailAndAlertsReachWebhookOnceAndStream() throws Exception {
        token = clientCredentials().body().get("access_token").asText();
        stream = new SseRecorder(Fleet.url("alert-route") + "/stream/e2e?severity=critical,high", token);

        String monitor = Fleet.url("monitor-trigger");
        assertEquals(201, Api.post(monitor + "/services", token, "{\"name\":\"e2e-checkout\",\"latencySloMs\":500,"
                + "\"runbookUrl\":\"https://runbooks.example/e2e-checkout\"}").status());
        assertEquals(201, Api.post(monitor + "/services", token, "{\"name\":\"e2e-frontend\",\"latencySloMs\":800}").status());
        assertEquals(201, Api.post(monitor + "/dependencies", token,
                "{\"service\":\"e2e-frontend\",\"dependsOn\":\"e2e-checkout\",\"kind\":\"critical\",\"weight\":0.9}").status());
        Api.Reply pushed = Api.post(monitor + "/snapshots", token, Snapshots.degrading("e2e-checkout", "e2e-frontend"));
        assertEquals(202, pushed.status(), pushed.body().toString());

        Api.Reply cycle = Api.post(monitor + "/monitor-trigger", token, "{}");
        assertEquals(200, cycle.status(), cycle.body().toString());
        assertTrue(cycle.body().get("failures").asInt() >= 1, cycle.body().toString());
        assertTrue(cycle.body().get("cascades").asInt() >= 1, cycle.body().toString());

        assertTrue(E2eDatabase.count("SELECT count(*) FROM predictions WHERE service = 'e2e-checkout' AND kind = 'failure'") >= 1);
        assertTrue(E2eDatabase.count("SELECT count(*) FROM predictions WHERE service = 'e2e-frontend' AND kind = 'cascade'") >= 1);
        assertTrue(E2eDatabase.count("SELECT count(*) FROM decisions WHERE service = 'e2e-checkout' AND length(reasoning) > 20") >= 1);

        await(() -> criticalCheckoutAlerts(webhook.bodies()) >= 1, "webhook received the critical alert");
        assertTrue(webhook.bodies().stream().anyMatch(b -> b.contains("e2e-checkout")
                && b.contains("\"runbook_url\":\"https://runbooks.example/e2e-checkout\"")),
                "the checkout alert carries its service's runbook to the webhook");
        await(() -> stream.data().stream().anyMatch(d -> d.contains("e2e-checkout") && d.contains("critical")),
                "SSE stream received the critical alert");

        Api.Reply again = Api.post(monitor + "/monitor-trigger", token, "{}");
        assertEquals(200, again.status(), again.body().toString());
        Thread.sleep(3000);
        assertNoRepeatedNotification(webhook.bodies());

        // frontend depends on checkout through a critical edge: while checkout's failure fires,
        // frontend's cascade alert is held back, and alert-route says by what
        JsonNode frontend = null;
        for (JsonNode alert : Api.get(Fleet.url("alert-route") + "/alerts?status=active", token).body()) {
            if ("e2e-frontend".equals(alert.get("service").asText()) && "cascade".equals(alert.get("type").asText())) {
                frontend = Api.get(Fleet.url("alert-route") + "/alerts/" + alert.get("id").asLong(), token).body();
            }
        }
        assertTrue(frontend != null, "a cascade alert for e2e-frontend");
        assertTrue(frontend.path("muting").path("muted").asBoolean(), frontend.toString());
        assertEquals("e2e-checkout", frontend.path("muting").path("cascade").path("rootService").asText(), frontend.toString());
        assertTrue(webhook.bodies().stream().noneMatch(b -> b.contains("e2e-frontend")), "an inhibited alert is not notified");
    }

    /**
     * Alertmanager's promise, which alert-route keeps: a group is told again only when it changed
     * (an alert joined, ended, or a prediction moved to a new state), never the same state twice.
     */
    private static void assertNoRepeatedNotification(List<String> bodies) throws Exception {
        Map<String, String> last = new java.util.HashMap<>();
        for (String body : bodies) {
            JsonNode notification = Api.JSON.readTree(body);
            java.util.TreeSet<String> state = new java.util.TreeSet<>();
            notification.get("alerts").forEach(a -> state.add(a.get("fingerprint").asText() + ":" + a.get("status").asText()));
            String key = notification.get("receiver").asText() + " " + notification.get("groupKey").asText();
            assertTrue(!state.toString().equals(last.put(key, state.toString())), "told twice: " + key + " " + state);
        }
    }

    /**
     * The hand-offs of a cycle against the real peers (token-refresh, predict, alert-route): over
     * several cycles every answer parses (predict's a batch, line by line), nothing is retried, no
     * breaker opens, and a group reaches the webhook only when it changed, however many cycles
     * repeat its alerts.
     */
    @Test
    @Order(4)
    void severalCyclesDeliverEveryAlertWithZeroErrorsAndZeroRetries() throws Exception {
        String monitor = Fleet.url("monitor-trigger");
        String before = Api.text(monitor + "/q/metrics");
        String predictBefore = Api.text(Fleet.url("predict") + "/q/metrics");
        int cycles = 4;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            Api.Reply pushed = Api.post(monitor + "/snapshots", token, freshSnapshots(cycle));
            assertEquals(202, pushed.status(), pushed.body().toString());
            JsonNode report = Api.post(monitor + "/monitor-trigger", token, "{}").body();
            assertEquals(0, report.get("errors").size(), "cycle " + cycle + ": " + report);
            assertEquals(report.get("services").asInt(), report.get("predictions").asInt(), "every service predicted: " + report);
            assertEquals(report.get("failures").asInt() + report.get("cascades").asInt(), report.get("alertsSent").asInt(),
                    "every alert delivered and its receipt parsed: " + report);
            assertTrue(report.get("alertsSent").asInt() >= 1, report.toString());
        }

        String after = Api.text(monitor + "/q/metrics");
        // the two services fit in one chunk: one batch call per cycle, and no per-service call
        String predictAfter = Api.text(Fleet.url("predict") + "/q/metrics");
        assertEquals((double) cycles, delta(predictBefore, predictAfter, "http_server_requests_seconds_count", "uri=\"/predict/batch\""),
                "batch calls to predict");
        assertEquals(0.0, delta(predictBefore, predictAfter, "http_server_requests_seconds_count", "uri=\"/predict\""),
                "single calls to predict");
        for (String gateway : List.of("AlertGateway.send", "PredictGateway.predict")) {
            assertEquals(0.0, delta(before, after, "ft_retry_retries_total", gateway), gateway + " retried during these cycles");
            assertEquals(0.0, delta(before, after, "ft_circuitbreaker_opened_total", gateway), gateway + " breaker opened");
        }
        // predict's answer has no overall time-out (a stall between lines is cut and retried, so the
        // zero-retries check above covers it); alert-route's call has one
        assertEquals(0.0, delta(before, after, "ft_timeout_calls_total{", "AlertGateway.send\",timedOut=\"true"),
                "AlertGateway.send timed out");

        Thread.sleep(2000); // let the last notifications land
        assertTrue(webhook.bodies().stream().anyMatch(b -> b.contains("e2e-checkout")), "checkout's failure reached the webhook");
        assertNoRepeatedNotification(webhook.bodies());

        for (JsonNode alert : Api.get(Fleet.url("alert-route") + "/alerts?status=active", token).body()) {
            assertTrue(alert.get("occurrences").asInt() <= cycles + 2,
                    "occurrences counts cycles, not retries: " + alert);
        }
    }

    /** How much a counter grew between two scrapes, over the samples whose labels mention {@code method}. */
    private static double delta(String before, String after, String name, String method) {
        return metric(after, name, method) - metric(before, name, method);
    }

    private static double metric(String metrics, String name, String method) {
        String prefix = name.endsWith("{") ? name : name + "{";
        return metrics.lines()
                .filter(l -> l.startsWith(prefix) && l.contains(method))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Four more points of checkout's climb, stamped just now (after everything pushed before). */
    private static String freshSnapshots(int cycle) {
        StringBuilder sb = new StringBuilder("{\"snapshots\":[");
        Instant now = Instant.now();
        for (int i = 0; i < 4; i++) {
            Instant at = now.minusMillis(100L * (3 - i));
            double latency = 480 + 3.0 * (4 * cycle + i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT,
                    "{\"service\":\"e2e-checkout\",\"time\":\"%s\",\"latencyMs\":%.1f,\"errorRate\":0.004,\"cpu\":0.41,\"memory\":0.52,\"requestCount\":1000},"
                            + "{\"service\":\"e2e-frontend\",\"time\":\"%s\",\"latencyMs\":%.1f,\"errorRate\":0.002,\"cpu\":0.30,\"memory\":0.40,\"requestCount\":800}",
                    at, latency, at, 200.0 + i));
        }
        return sb.append("]}").toString();
    }

    private static long criticalCheckoutAlerts(List<String> bodies) {
        return bodies.stream().filter(b -> b.contains("e2e-checkout") && b.contains("critical") && b.contains("failure")).count();
    }

    private static Api.Reply clientCredentials() throws Exception {
        Api.Reply r = Api.form(Fleet.url("token-refresh") + "/token", Map.of(
                "grant_type", "client_credentials", "client_id", "e2e-admin", "client_secret", ADMIN_SECRET));
        assertEquals(200, r.status(), r.body().toString());
        return r;
    }

    private static Api.Reply refresh(String refreshToken) throws Exception {
        return Api.form(Fleet.url("token-refresh") + "/token", Map.of(
                "grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", "e2e-admin", "client_secret", ADMIN_SECRET));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting: " + what);
    }
}

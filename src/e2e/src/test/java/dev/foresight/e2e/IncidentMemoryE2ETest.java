package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memory that fills itself, across the packaged functions: an alert resolved with a note becomes
 * an incident in embed without anyone writing it, and a later alert like it reaches the webhook
 * carrying that incident (how it was resolved, how similar) — with no lookup fallen back and no
 * memory left unrecorded over the run.
 */
class IncidentMemoryE2ETest {
    private static final String ADMIN_SECRET = "e2e-admin-secret";
    private static final String ALERT_ROUTE_SECRET = "e2e-alert-route-secret";
    private static final String NOTE = "raised the pool's max connections from 100 to 200 and restarted the leaking worker";

    private static Fleet fleet;
    private static RecordingServer webhook;

    @BeforeAll
    static void startFleet() throws Exception {
        E2eDatabase.recreate();
        Path root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("src/e2e/target/e2e-memory");
        webhook = new RecordingServer();
        fleet = new Fleet(root, work);
        Map<String, String> env = Fleet.environment(work,
                "e2e-admin:" + ADMIN_SECRET + ":alerts:write memory:write;e2e-alert-route:" + ALERT_ROUTE_SECRET + ":memory:write",
                "e2e-monitor", "e2e-monitor-secret");
        env.put("FORESIGHT_WEBHOOK_URL", webhook.url());
        env.put("FORESIGHT_ALERT_ROUTE_CLIENT_ID", "e2e-alert-route");
        env.put("FORESIGHT_ALERT_ROUTE_CLIENT_SECRET", ALERT_ROUTE_SECRET);
        env.put("FORESIGHT_EMBED_URL", Fleet.url("embed"));
        // this machine is shared with parallel builds: a generous budget keeps the run about the
        // flow, not the scheduler; the budget itself is tested in alert-route's IncidentMemoryTest
        env.put("FORESIGHT_SIMILAR_INCIDENTS_BUDGET", "3s");
        fleet.start(env);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        if (fleet != null) {
            fleet.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void aResolvedIncidentComesBackWithTheNextAlertLikeIt() throws Exception {
        String token = token();
        String alertRoute = Fleet.url("alert-route");

        postAlert(token, "e2e-checkout", "checkout-db connection pool exhausted: all 100 connections in use");
        JsonNode first = await("checkout's firing notification", () -> webhookFor("e2e-checkout", "firing"));
        assertTrue(first.path("similarIncidents").isMissingNode(), "nothing to remember yet: " + first);

        long checkoutId = alertId(token, "e2e-checkout");
        Api.Reply resolved = Api.post(alertRoute + "/alerts/" + checkoutId + "/resolve", token,
                "{\"note\":\"" + NOTE + "\"}");
        assertEquals(200, resolved.status(), resolved.body().toString());

        JsonNode incident = await("the incident in embed", () -> {
            JsonNode list = Api.get(Fleet.url("embed") + "/memories?kind=incident&service=e2e-checkout", token).body();
            return list.size() > 0 ? list.get(0) : null;
        });
        assertEquals(NOTE, incident.path("metadata").path("resolution").asText());
        assertEquals(checkoutId, incident.path("metadata").path("alertId").asLong());

        postAlert(token, "e2e-payments", "payments-db connection pool exhausted, no free connections left");
        JsonNode later = await("payments' firing notification", () -> webhookFor("e2e-payments", "firing"));
        JsonNode similar = later.path("similarIncidents");
        assertTrue(similar.size() >= 1, "the resolved incident comes back: " + later);
        assertEquals(NOTE, similar.get(0).path("resolution").asText());
        assertEquals("e2e-checkout", similar.get(0).path("service").asText());
        assertTrue(similar.get(0).path("similarity").asDouble() > 0.5, similar.toString());
        System.out.println("webhook notification with similar incidents:\n" + Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(later));

        long paymentsId = alertId(token, "e2e-payments");
        JsonNode page = Api.get(alertRoute + "/alerts/" + paymentsId, token).body();
        assertEquals(NOTE, page.path("similarIncidents").path(0).path("resolution").asText(), page.toString());

        String metrics = Api.text(alertRoute + "/q/metrics");
        assertEquals(0.0, sum(metrics, "foresight_similar_incidents_total", "outcome=\"fallback\""), "no lookup fell back");
        assertTrue(sum(metrics, "foresight_similar_incidents_total", "outcome=\"attached\"") >= 1);
        assertEquals(0.0, sum(metrics, "foresight_memory_record_failures_total", ""), "every memory recorded first time");
        assertTrue(sum(metrics, "foresight_memory_recorded_total", "kind=\"incident\"") >= 1);
    }

    private static void postAlert(String token, String service, String summary) throws Exception {
        String body = "[{\"labels\":{\"alertname\":\"DatabasePoolExhausted\",\"service\":\"" + service
                + "\",\"severity\":\"critical\"},\"annotations\":{\"summary\":\"" + summary + "\"}}]";
        Api.Reply reply = Api.post(Fleet.url("alert-route") + "/api/v2/alerts", token, body);
        assertEquals(200, reply.status(), String.valueOf(reply.body()));
    }

    private static long alertId(String token, String service) throws Exception {
        for (JsonNode alert : Api.get(Fleet.url("alert-route") + "/alerts?status=all&limit=500", token).body()) {
            if (service.equals(alert.path("service").asText())) {
                return alert.path("id").asLong();
            }
        }
        throw new AssertionError("no alert for " + service);
    }

    private static JsonNode webhookFor(String service, String status) throws Exception {
        for (String body : webhook.bodies()) {
            JsonNode payload = Api.JSON.readTree(body);
            if (status.equals(payload.path("status").asText())
                    && service.equals(payload.path("alerts").path(0).path("labels").path("service").asText())) {
                return payload;
            }
        }
        return null;
    }

    private static <T> T await(String what, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T found = probe.call();
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** The sum of a Prometheus series' samples whose labels contain {@code labels}. */
    private static double sum(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("^" + name + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (Optional.ofNullable(m.group(1)).orElse("").contains(labels)) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    private static String token() throws Exception {
        Api.Reply r = Api.form(Fleet.url("token-refresh") + "/token", Map.of(
                "grant_type", "client_credentials", "client_id", "e2e-admin", "client_secret", ADMIN_SECRET));
        assertEquals(200, r.status(), r.body().toString());
        return r.body().get("access_token").asText();
    }
}

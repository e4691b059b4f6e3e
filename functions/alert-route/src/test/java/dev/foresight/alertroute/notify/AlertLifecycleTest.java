package dev.foresight.alertroute.notify;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.RecordingWebhook;
import dev.foresight.alertroute.support.WebhookPort;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An alert's life at the webhook (severities critical and high): a prediction first seen at a
 * low severity reaches it once it turns critical, and its resolution (by an operator, or by the
 * resolve timeout once nobody re-posts it) reaches it once, as Alertmanager's "resolved".
 */
@QuarkusTest
@TestProfile(AlertLifecycleTest.ShortResolveTimeout.class)
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class AlertLifecycleTest {
    private static RecordingWebhook webhook;

    /** Alerts not re-posted for five seconds resolve, looked for every second. */
    public static class ShortResolveTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("foresight.alert-route.resolve.timeout", "5s", "foresight.alert-route.resolve.check-every", "1s");
        }
    }

    @BeforeAll
    static void listen() throws Exception {
        webhook = new RecordingWebhook(URI.create(ConfigProvider.getConfig().getValue("foresight.alert-route.webhook.url", String.class)));
    }

    @AfterAll
    static void stop() {
        webhook.close();
    }

    @Test
    void aPredictionThatTurnsCriticalReachesTheWebhookOnceThenItsResolutionOnce() throws Exception {
        String service = Db.newService("checkout");
        long id = Alerts.create(prediction(service, 0.6, null)); // medium: not for the webhook
        Thread.sleep(300);
        assertEquals(List.of(), webhook.received(service));

        Alerts.post(prediction(service, 0.93, 90.0)).then().statusCode(200)
                .body("id", equalTo((int) id)).body("severity", equalTo("critical"));
        awaitPosts(service, 1);
        assertEquals("firing", webhook.received(service).get(0).path("status").asText());

        Alerts.post(prediction(service, 0.95, 60.0)).then().statusCode(200).body("severity", equalTo("critical"));
        given().post("/alerts/" + id + "/resolve").then().statusCode(200).body("status", equalTo("resolved"));
        given().post("/alerts/" + id + "/resolve").then().statusCode(200).body("status", equalTo("resolved"));
        awaitPosts(service, 2);
        Thread.sleep(500); // time enough for a duplicate, had one been sent
        List<JsonNode> posts = webhook.received(service);
        assertEquals(2, posts.size(), posts.toString());
        JsonNode resolved = posts.get(1);
        assertEquals("resolved", resolved.path("status").asText());
        assertEquals("resolved", resolved.path("alerts").path(0).path("status").asText());
        assertEquals(posts.get(0).path("alerts").path(0).path("fingerprint"), resolved.path("alerts").path(0).path("fingerprint"));
    }

    @Test
    void aPredictedFailureThatArrivesIsToldOnceMore() throws Exception {
        String service = Db.newService("cart");
        Alerts.create(prediction(service, 0.93, 90.0));
        awaitPosts(service, 1);
        Alerts.post(prediction(service, 0.97, 0.0)).then().statusCode(200); // the breach itself
        awaitPosts(service, 2);
        Alerts.post(prediction(service, 0.99, 0.0)).then().statusCode(200); // still over: nothing new
        Thread.sleep(500);
        List<JsonNode> posts = webhook.received(service);
        assertEquals(2, posts.size(), posts.toString());
        assertEquals("0.0", posts.get(1).path("alerts").path(0).path("annotations").path("timeToFailureSeconds").asText());
    }

    @Test
    void anAlertNobodyRepostsResolvesAfterTheTimeoutAndTheWebhookHearsIt() {
        String service = Db.newService("payments");
        long id = Alerts.create(prediction(service, 0.93, 120.0));
        awaitPosts(service, 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> "resolved".equals(Alerts.get(id).then().extract().path("status")));
        awaitPosts(service, 2);
        assertEquals("resolved", webhook.received(service).get(1).path("status").asText());
    }

    @Test
    void anAlertStillRepostedDoesNotResolve() throws Exception {
        String service = Db.newService("search");
        long id = Alerts.create(prediction(service, 0.93, 120.0));
        for (int i = 0; i < 8; i++) { // 8 s of re-posts, beyond the 5 s timeout
            Thread.sleep(1000);
            Alerts.post(prediction(service, 0.93, 120.0)).then().statusCode(200);
        }
        Alerts.get(id).then().statusCode(200).body("status", equalTo("firing"));
    }

    private static String prediction(String service, double confidence, Double ttf) {
        return "{\"type\":\"failure\",\"service\":\"" + service + "\",\"summary\":\"latency_ms forecast to cross the SLO\","
                + "\"confidence\":" + confidence + (ttf == null ? "" : ",\"timeToFailureSeconds\":" + ttf)
                + ",\"labels\":{\"metric\":\"latency_ms\"}}";
    }

    private static void awaitPosts(String service, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> webhook.received(service).size() >= count);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given().header("Authorization", Alerts.WRITER);
    }
}

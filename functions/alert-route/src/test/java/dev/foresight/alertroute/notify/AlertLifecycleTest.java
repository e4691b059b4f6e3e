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
 * A prediction's life at the webhook, through an Alertmanager configuration (critical and high
 * to the team, grouped per alert name and service): each newer state of a prediction (critical,
 * arrived) is a new alert that ends the older one, its group is told of the change once, and a
 * resolution (by an operator, or once nobody re-posts it) is told once.
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
            return Map.of("foresight.alert-route.dedup.window", "5s", "foresight.alert-route.resolve.check-every", "1s",
                    "foresight.alert-route.alertmanager.config-file", configFile());
        }

        /** The webhook hears critical and high alerts, grouped per alert name and service, flushed every second. */
        private static String configFile() {
            try {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("alertmanager", ".yml");
                String url = new WebhookPort().start().get("foresight.alert-route.webhook.url");
                java.nio.file.Files.writeString(file, """
                        route:
                          receiver: nobody
                          group_by: [alertname, service]
                          group_wait: 0s
                          group_interval: 1s
                          repeat_interval: 1h
                          routes:
                            - receiver: team
                              matchers: ['severity=~"critical|high"']
                        receivers:
                          - name: nobody
                          - name: team
                            webhook_configs:
                              - url: '%s'
                        """.formatted(url));
                return file.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @BeforeAll
    static void listen() throws Exception {
        String config = java.nio.file.Files.readString(java.nio.file.Path.of(ConfigProvider.getConfig()
                .getValue("foresight.alert-route.alertmanager.config-file", String.class)));
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("url: '([^']+)'").matcher(config);
        url.find();
        webhook = new RecordingWebhook(URI.create(url.group(1)));
    }

    @AfterAll
    static void stop() {
        webhook.close();
    }

    @Test
    void aPredictionThatTurnsCriticalIsANewAlertForTheWebhookAndItsResolutionIsToldOnce() throws Exception {
        String service = Db.newService("checkout");
        long medium = Alerts.create(prediction(service, 0.6, null)); // medium: not for the webhook
        Thread.sleep(1500);
        assertEquals(List.of(), webhook.received(service));

        long critical = Alerts.post(prediction(service, 0.93, 90.0)).then().statusCode(201)
                .body("severity", equalTo("critical")).extract().jsonPath().getLong("id");
        awaitPosts(service, 1);
        JsonNode fired = webhook.received(service).get(0);
        assertEquals("firing", fired.path("status").asText());
        assertEquals("{}/{severity=~\"critical|high\"}:{alertname=\"ForesightFailure\", service=\"" + service + "\"}",
                fired.path("groupKey").asText());
        assertEquals("predicted", fired.path("alerts").path(0).path("labels").path("phase").asText());
        // the newer state of the prediction ended the medium one
        Alerts.get(medium).then().statusCode(200).body("status", equalTo("resolved"));

        Alerts.post(prediction(service, 0.95, 90.0)).then().statusCode(200).body("id", equalTo((int) critical));
        given().post("/alerts/" + critical + "/resolve").then().statusCode(200).body("status", equalTo("resolved"));
        given().post("/alerts/" + critical + "/resolve").then().statusCode(200).body("status", equalTo("resolved"));
        awaitPosts(service, 2);
        Thread.sleep(2500); // two group intervals: time enough for a duplicate, had one been sent
        List<JsonNode> posts = webhook.received(service);
        assertEquals(2, posts.size(), posts.toString());
        JsonNode resolved = posts.get(1);
        assertEquals("resolved", resolved.path("status").asText());
        assertEquals("resolved", resolved.path("alerts").path(0).path("status").asText());
        assertEquals(fired.path("alerts").path(0).path("fingerprint"), resolved.path("alerts").path(0).path("fingerprint"));
    }

    @Test
    void aPredictedFailureThatArrivesChangesItsGroupAndIsToldOnce() throws Exception {
        String service = Db.newService("cart");
        Alerts.create(prediction(service, 0.93, 90.0));
        awaitPosts(service, 1);
        Alerts.post(prediction(service, 0.97, 0.0)).then().statusCode(201); // the breach itself: phase "arrived"
        awaitPosts(service, 2);
        Alerts.post(prediction(service, 0.99, 0.0)).then().statusCode(200); // still over: nothing new
        Thread.sleep(2500);
        List<JsonNode> posts = webhook.received(service);
        assertEquals(2, posts.size(), posts.toString());
        JsonNode changed = posts.get(1);
        assertEquals("firing", changed.path("status").asText());
        assertEquals(List.of("arrived:firing", "predicted:resolved"), phases(changed));
        assertEquals("0.0", changed.path("alerts").path(0).path("annotations").path("time_to_failure").asText());
    }

    @Test
    void anAlertNobodyRepostsResolvesAfterTheWindowAndTheWebhookHearsIt() {
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
        for (int i = 0; i < 8; i++) { // 8 s of re-posts, beyond the 5 s window
            Thread.sleep(1000);
            Alerts.post(prediction(service, 0.93, 120.0)).then().statusCode(200);
        }
        Alerts.get(id).then().statusCode(200).body("status", equalTo("firing"));
        assertEquals(1, webhook.received(service).size());
    }

    private static List<String> phases(JsonNode post) {
        List<String> out = new java.util.ArrayList<>();
        post.path("alerts").forEach(a -> out.add(a.path("labels").path("phase").asText() + ":" + a.path("status").asText()));
        out.sort(null);
        return out;
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

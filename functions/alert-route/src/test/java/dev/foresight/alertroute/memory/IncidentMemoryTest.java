package dev.foresight.alertroute.memory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.EmbedStandInProfile;
import dev.foresight.alertroute.support.RecordingWebhook;
import dev.foresight.alertroute.support.StandInEmbed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Incident memory against a real local HTTP server standing in for embed: alerts and resolutions
 * are recorded; a firing notification carries what embed found when it answers in time, and goes
 * without it, counted, when embed is slow or failing; once its breaker opens, embed is not called.
 * Ordered: the later cases trip the search breaker on purpose.
 */
@QuarkusTest
@TestProfile(EmbedStandInProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentMemoryTest {
    private static final long STALL_MILLIS = 3000;
    private static StandInEmbed embed;
    private static RecordingWebhook webhook;

    @Inject
    Pool pool;

    @BeforeAll
    static void listen() throws Exception {
        var config = ConfigProvider.getConfig();
        embed = new StandInEmbed(config.getValue("embed-test.port", Integer.class), STALL_MILLIS);
        webhook = new RecordingWebhook(URI.create(config.getValue("foresight.alert-route.webhook.url", String.class)));
    }

    @AfterAll
    static void stop() {
        embed.close();
        webhook.close();
    }

    @Test
    @Order(1)
    void anAlertItsAcknowledgementAndItsResolutionWithANoteAreRemembered() {
        String service = Db.newService("orders");
        long id = Alerts.create(Alerts.critical(service));
        JsonNode fired = awaitMemory(service, "alert");
        assertEquals(id, fired.path("metadata").path("alertId").asLong());
        assertTrue(fired.path("text").asText().contains("failure on " + service), fired.toString());
        assertTrue(fired.path("metadata").path("resolution").isMissingNode(), "a firing alert has no resolution yet");

        given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("acknowledged"));
        JsonNode acknowledged = awaitMemory(service, "acknowledgement");
        assertEquals(id, acknowledged.path("metadata").path("alertId").asLong());
        assertEquals("test-client", acknowledged.path("metadata").path("acknowledgedBy").asText());
        assertFalse(acknowledged.path("metadata").path("acknowledgedAt").asText().isEmpty());
        assertEquals(fired.path("text"), acknowledged.path("text"));

        String note = "restarted the connection pool and raised max connections to 200";
        given().header("Authorization", Alerts.WRITER).contentType(ContentType.JSON).body("{\"note\":\"" + note + "\"}")
                .post("/alerts/" + id + "/resolve").then().statusCode(200).body("status", equalTo("resolved"));

        JsonNode incident = awaitMemory(service, "incident");
        assertEquals(note, incident.path("metadata").path("resolution").asText());
        assertEquals("note", incident.path("metadata").path("resolutionSource").asText());
        assertEquals(service, incident.path("metadata").path("service").asText());
        assertFalse(incident.path("metadata").path("resolvedAt").asText().isEmpty());
        assertEquals(fired.path("text"), incident.path("text"), "remembered and looked up by the same words");
        Alerts.get(id).then().statusCode(200).body("resolutionNote", equalTo(note));
        await().atMost(Duration.ofSeconds(5)).until(() -> outboxRows(id) == 0);
    }

    @Test
    @Order(2)
    void aFiringNotificationCarriesTheIncidentsEmbedFound() {
        embed.mode(StandInEmbed.Mode.UP);
        embed.hits("""
                [{"id":41,"text":"checkout database pool exhausted (ForesightFailure on checkout)","kind":"incident",
                  "metadata":{"summary":"checkout database pool exhausted","resolution":"raised max connections to 200",
                  "service":"checkout","startsAt":"2026-11-30T10:00:00Z","resolvedAt":"2026-11-30T10:20:00Z","alertId":7},
                  "similarity":0.8712,"createdAt":"2026-11-30T10:20:01Z"}]""");
        String service = Db.newService("payments");
        long id = Alerts.create(Alerts.critical(service));

        JsonNode post = awaitWebhook(service);
        JsonNode similar = post.path("similarIncidents");
        assertEquals(1, similar.size(), post.toString());
        assertEquals("checkout database pool exhausted", similar.path(0).path("summary").asText());
        assertEquals("raised max connections to 200", similar.path(0).path("resolution").asText());
        assertEquals(0.871, similar.path(0).path("similarity").asDouble(), 1e-9);
        assertEquals("2026-11-30T10:20:00Z", similar.path(0).path("resolvedAt").asText());
        String query = embed.searches().get(embed.searches().size() - 1).query();
        assertTrue(query.contains("kind=incident") && query.contains("k=3"), query);
        Alerts.get(id).then().statusCode(200)
                .body("similarIncidents[0].resolution", equalTo("raised max connections to 200"))
                .body("similarIncidents[0].memoryId", equalTo(41));
    }

    @Test
    @Order(3)
    void aSlowEmbedIsLeftOutAndTheNotificationGoesWithinTheBudget() {
        embed.mode(StandInEmbed.Mode.SLOW);
        double before = similarCount("fallback", "timeout");
        String service = Db.newService("search");
        Instant posted = Instant.now();
        Alerts.create(Alerts.critical(service));

        JsonNode post = awaitWebhook(service);
        Duration took = Duration.between(posted, Instant.now());
        assertTrue(post.path("similarIncidents").isMissingNode(), "no similar incidents: " + post);
        assertTrue(took.toMillis() < STALL_MILLIS, "the notification did not wait for embed's answer: " + took);
        assertEquals(before + 1, similarCount("fallback", "timeout"));
    }

    @Test
    @Order(4)
    void aFailingEmbedIsLeftOutAndOnceItsBreakerOpensItIsNotCalled() {
        embed.mode(StandInEmbed.Mode.FAILING);
        double unavailable = similarCount("fallback", "unavailable");
        double open = similarCount("fallback", "circuit_open");
        for (int i = 0; i < 6 && similarCount("fallback", "circuit_open") == open; i++) {
            String service = Db.newService("cart");
            Alerts.create(Alerts.critical(service));
            assertTrue(awaitWebhook(service).path("similarIncidents").isMissingNode());
        }
        assertTrue(similarCount("fallback", "unavailable") > unavailable, "503s are counted as unavailable");
        assertEquals(open + 1, similarCount("fallback", "circuit_open"), "the breaker opened");

        int searches = embed.searches().size();
        String service = Db.newService("cart");
        Alerts.create(Alerts.critical(service));
        assertTrue(awaitWebhook(service).path("similarIncidents").isMissingNode());
        assertEquals(searches, embed.searches().size(), "an open breaker does not call embed");
    }

    private static JsonNode awaitMemory(String service, String kind) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> embed.memories().stream().filter(m -> kind.equals(m.path("kind").asText())
                        && service.equals(m.path("metadata").path("service").asText())).findFirst().orElse(null),
                        found -> found != null);
    }

    private static JsonNode awaitWebhook(String service) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> webhook.received(service), posts -> !posts.isEmpty()).get(0);
    }

    private long outboxRows(long alertId) {
        return pool.preparedQuery("select count(*) from memory_outbox where alert_id = $1").execute(Tuple.of(alertId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    /** The counter's value from /q/metrics (0 when absent). */
    static double similarCount(String outcome, String reason) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^foresight_similar_incidents_total\\{[^}]*outcome=\"" + outcome + "\",reason=\"" + reason
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}

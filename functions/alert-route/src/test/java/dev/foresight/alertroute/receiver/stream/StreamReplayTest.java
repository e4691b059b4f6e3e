package dev.foresight.alertroute.receiver.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.SseClient;
import dev.foresight.alertroute.support.WebhookPort;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reconnecting streams: {@code Last-Event-ID} replays from the alert log (a Redis stream), in
 * order and once, then goes live; lost events are announced; sessions keep their filters.
 */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class StreamReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TOKEN = TestTokens.bearer("predict:write");

    @TestHTTPResource("/stream")
    URI streams;
    @Inject
    RedisDataSource redis;

    private SseClient open(String pathAndQuery, Map<String, String> headers) {
        SseClient stream = new SseClient(URI.create(streams + "/" + pathAndQuery), TOKEN, headers);
        await().atMost(WAIT).until(() -> !stream.events("heartbeat").isEmpty());
        return stream;
    }

    private static long alertId(SseClient.Event event) throws IOException {
        return JSON.readTree(event.data()).path("id").asLong();
    }

    private static List<Long> alertIds(SseClient stream) {
        return stream.events("alert").stream().map(e -> {
            try {
                return alertId(e);
            } catch (IOException unreadable) {
                throw new AssertionError(unreadable);
            }
        }).toList();
    }

    /** A distinct alert of {@code service} (its {@code seq} label gives it its own fingerprint). */
    private static long create(String type, String service, double confidence, int seq) {
        return Alerts.create("{\"type\":\"" + type + "\",\"service\":\"" + service + "\",\"summary\":\"" + type + " " + seq
                + "\",\"confidence\":" + confidence + ",\"labels\":{\"seq\":\"" + seq + "\"}}");
    }

    private StreamCommands<String, String, String> log() {
        return redis.stream(String.class);
    }

    /** An alert written straight into the log, as another instance would: it exists nowhere else. */
    private String append(long id, String service) {
        String alert = "{\"id\":" + id + ",\"fingerprint\":\"f" + id + "\",\"type\":\"failure\",\"service\":\"" + service
                + "\",\"severity\":\"critical\",\"status\":\"firing\",\"summary\":\"written to the log\",\"labels\":{},"
                + "\"occurrences\":1,\"startsAt\":\"2026-12-03T07:00:00Z\",\"lastSeenAt\":\"2026-12-03T07:00:00Z\","
                + "\"annotations\":{}}";
        return log().xadd(Channels.ALERT_LOG, Map.of("alert", alert));
    }

    @Test
    void aReconnectWithLastEventIdReceivesExactlyTheMissedEventsInOrderThenLiveOnes() throws Exception {
        String service = Db.newService("replay");
        String session = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        String lastSeen;
        try (SseClient stream = open(session + "?service=" + service, Map.of())) {
            long second = create("latency", service, 0.6, 1);
            await().atMost(WAIT).until(() -> alertIds(stream).contains(second));
            assertEquals(List.of(second), firing(stream), "a new session starts at the end of the log");
            lastSeen = stream.events("alert").get(0).id();
        }
        long missed1 = create("anomaly", service, 0.2, 2);
        long missed2 = create("latency", service, 0.7, 3);
        long missed3 = create("anomaly", service, 0.3, 4);

        try (SseClient stream = open(session, Map.of("Last-Event-ID", lastSeen))) {
            await().atMost(WAIT).until(() -> firing(stream).size() >= 3);
            long live = create("latency", service, 0.8, 5);
            await().atMost(WAIT).until(() -> firing(stream).contains(live));
            assertEquals(List.of(missed1, missed2, missed3, live), firing(stream));
            // exactly the log's entries for this service after lastSeen (resolutions included), in order, once
            await().atMost(WAIT).until(() -> stream.events("alert").stream().map(SseClient.Event::id).toList()
                    .equals(logIdsAfter(lastSeen, service)));
            List<EventId> ids = stream.events("alert").stream().map(e -> EventId.parse(e.id()).orElseThrow()).toList();
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(ids.get(i).isAfter(ids.get(i - 1)), "ids grow: " + ids);
            }
            assertTrue(ids.get(0).isAfter(EventId.parse(lastSeen).orElseThrow()));
            assertTrue(stream.events("gap").isEmpty());
        }
    }

    /** The alerts that started firing, as the stream told them (an alert may also be told resolved). */
    private static List<Long> firing(SseClient stream) {
        return stream.events("alert").stream().filter(e -> e.data().contains("\"status\":\"firing\"")).map(e -> {
            try {
                return alertId(e);
            } catch (IOException unreadable) {
                throw new AssertionError(unreadable);
            }
        }).toList();
    }

    private List<String> logIdsAfter(String after, String service) {
        return log().xrange(Channels.ALERT_LOG, StreamRange.of("(" + after, "+")).stream()
                .filter(m -> m.payload().get("alert").contains("\"service\":\"" + service + "\""))
                .map(StreamMessage::id).toList();
    }

    @Test
    void theReplayReadsTheLogWhereverTheEventsWereWritten() throws Exception {
        String service = Db.newService("foreign");
        String before = append(-1, "elsewhere-" + UUID.randomUUID());
        String a = append(900_000_001L, service);
        String b = append(900_000_002L, service);
        // the query parameter, for EventSource polyfills that cannot set the header
        try (SseClient stream = open("foreign-1?service=" + service + "&lastEventId=" + before, Map.of())) {
            await().atMost(WAIT).until(() -> stream.events("alert").size() >= 2);
            assertEquals(List.of(a, b), stream.events("alert").stream().map(SseClient.Event::id).toList());
            assertEquals(List.of(900_000_001L, 900_000_002L), alertIds(stream));
            assertEquals("written to the log", JSON.readTree(stream.events("alert").get(0).data()).path("summary").asText());
        }
    }

    @Test
    void aClientAwayDuringABurstReceivesEveryEventInOrderWhileMoreArrive() throws Exception {
        String service = Db.newService("burst");
        String before = append(-1, "elsewhere-" + UUID.randomUUID());
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) { // several replay pages (200 each)
            expected.add(append(1_000_000_000L + i, service));
        }
        Thread during = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                append(2_000_000_000L + i, service);
            }
        });
        try (SseClient stream = open("burst-1?service=" + service, Map.of("Last-Event-ID", before))) {
            during.start();
            during.join();
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.events("alert").size() >= 1_500);
            Thread.sleep(300);
            List<String> ids = stream.events("alert").stream().map(SseClient.Event::id).toList();
            assertEquals(logIdsAfter(before, service), ids, "every event once, in log order");
            assertEquals(expected, ids.subList(0, 1_200));
            assertEquals(1_500, ids.size());
        }
    }

    @Test
    void eventsNoLongerKeptAreAnnouncedByAGapBeforeTheRest() throws Exception {
        String service = Db.newService("gap");
        String seen = append(900_000_011L, service);
        String dropped = append(900_000_012L, service);
        String kept = append(900_000_013L, service);
        log().xdel(Channels.ALERT_LOG, dropped);
        try (SseClient stream = open("gap-1?service=" + service, Map.of("Last-Event-ID", seen))) {
            await().atMost(WAIT).until(() -> !stream.events("alert").isEmpty());
            List<SseClient.Event> all = stream.all();
            assertEquals("heartbeat", all.get(0).name());
            assertEquals("gap", all.get(1).name(), "the gap comes before any replayed alert: " + all);
            JsonNode gap = JSON.readTree(all.get(1).data());
            assertEquals(seen, gap.path("lastEventId").asText());
            assertEquals("retention", gap.path("reason").asText());
            assertTrue(gap.has("oldestEventId"));
            assertEquals(List.of(kept), stream.events("alert").stream().map(SseClient.Event::id).toList());
        }
        // an id the log never handed out: the log was reset since, everything it holds is news
        String future = (Instant.now().plusSeconds(86_400).toEpochMilli()) + "-0";
        try (SseClient stream = open("gap-2?service=" + service, Map.of("Last-Event-ID", future))) {
            await().atMost(WAIT).until(() -> !stream.events("gap").isEmpty());
            assertEquals("unknown_id", JSON.readTree(stream.events("gap").get(0).data()).path("reason").asText());
            await().atMost(WAIT).until(() -> stream.events("alert").size() >= 2);
            assertEquals(List.of(seen, kept), stream.events("alert").stream().map(SseClient.Event::id).toList());
        }
    }

    @Test
    void aSessionKeepsItsFiltersOnANewConnectionAndReportsItsStatus() throws Exception {
        String service = Db.newService("session");
        String session = "kept-" + UUID.randomUUID().toString().substring(0, 8);
        List<SseClient.Event> received;
        // medium and low alerts only: critical ones would go to the webhook receiver, which no test here listens to
        try (SseClient stream = open(session + "?severity=medium&service=" + service, Map.of())) {
            long medium = create("latency", service, 0.6, 1);
            await().atMost(WAIT).until(() -> alertIds(stream).contains(medium));
            // the last delivered id is stored with the next heartbeat (400 ms in tests)
            await().atMost(WAIT).until(() -> lastAlertId(stream).equals(status(session).path("lastEventId").asText()));
            JsonNode status = status(session);
            assertTrue(status.path("connected").asBoolean());
            assertEquals(1, status.path("connections").asInt());
            assertEquals("[\"medium\"]", status.path("filters").path("severity").toString());
            assertEquals("[\"" + service + "\"]", status.path("filters").path("service").toString());
            Instant created = Instant.parse(status.path("createdAt").asText());
            await().atMost(WAIT).until(() -> Instant.parse(status(session).path("lastSeenAt").asText()).isAfter(created));
            stream.close();
            received = stream.events("alert");
        }
        await().atMost(WAIT).until(() -> !status(session).path("connected").asBoolean());
        assertEquals(received.get(received.size() - 1).id(), status(session).path("lastEventId").asText(),
                "kept after the client left");

        // a new connection without filters in its query: the stored ones apply
        try (SseClient stream = open(session, Map.of())) {
            long low = create("anomaly", service, 0.1, 2);
            long elsewhere = create("latency", Db.newService("session"), 0.6, 3);
            long wanted = create("latency", service, 0.7, 4);
            await().atMost(WAIT).until(() -> firing(stream).contains(wanted));
            assertEquals(List.of(wanted), firing(stream), "neither " + low + " (low) nor " + elsewhere + " (other service)");
            for (SseClient.Event event : stream.events("alert")) {
                JsonNode alert = JSON.readTree(event.data());
                assertEquals("medium", alert.path("severity").asText());
                assertEquals(service, alert.path("service").asText());
            }
        }
    }

    private static String lastAlertId(SseClient stream) {
        List<SseClient.Event> alerts = stream.events("alert");
        return alerts.get(alerts.size() - 1).id();
    }

    private JsonNode status(String session) throws IOException {
        return JSON.readTree(given().header("Authorization", TOKEN).get("/stream/" + session + "/status")
                .then().statusCode(200).contentType("application/json").extract().asString());
    }

    @Test
    void anUnknownSessionHasNoStatusAndABadLastEventIdIsRefused() {
        given().header("Authorization", TOKEN).get("/stream/never-opened-" + UUID.randomUUID().toString().substring(0, 8) + "/status")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString("never-opened"));
        given().header("Authorization", TOKEN).header("Last-Event-ID", "42abc").get("/stream/bad-id")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Last-Event-ID"))
                .body("errors[0].rule", equalTo(EventId.RULE));
        given().header("Authorization", TOKEN).get("/stream/bad-id?lastEventId=-1-0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lastEventId"));
        given().header("Authorization", TOKEN).get("/stream/bad-id?lastEventId=99999999999999999999-0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lastEventId"));
    }
}

package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An SSE client of the packaged alert-route disconnected for 30 s while alerts arrive in bursts:
 * reconnecting with {@code Last-Event-ID} it receives every event it missed, once and in the
 * order the alerts were posted, then the live ones after them.
 */
class StreamReconnectE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWAY = Duration.ofSeconds(30);

    @Test
    void aClientAwayForThirtySecondsDuringABurstReceivesEveryMissedEventInOrder() throws Exception {
        String service = "stream-" + UUID.randomUUID().toString().substring(0, 8);
        try (AlertRoutePeer alertRoute = AlertRoutePeer.start()) {
            AlertmanagerClient client = new AlertmanagerClient(alertRoute);
            URI stream = alertRoute.baseUrl().resolve("stream/reconnect-" + service + "?service=" + service);
            List<Integer> posted = new ArrayList<>();
            String lastSeen;
            try (SseEvents before = new SseEvents(stream, null)) {
                awaitSize(before, "heartbeat", 1, Duration.ofSeconds(10)); // its place in the log is fixed
                for (int n = 0; n < 10; n++) {
                    post(client, service, n, posted);
                }
                awaitSize(before, "alert", 10, Duration.ofSeconds(10));
                assertEquals(posted, numbers(before.named("alert")));
                lastSeen = before.named("alert").get(9).id();
            }

            // away for 30 s; alerts come in bursts of 20 every 2 s
            Instant back = Instant.now().plus(AWAY);
            int n = 10;
            while (Instant.now().isBefore(back)) {
                for (int i = 0; i < 20; i++) {
                    post(client, service, n++, posted);
                }
                Thread.sleep(Math.max(0, Math.min(2000, Duration.between(Instant.now(), back).toMillis())));
            }
            List<Integer> missed = List.copyOf(posted.subList(10, posted.size()));

            try (SseEvents after = new SseEvents(stream, lastSeen)) {
                for (int i = 0; i < 20; i++) { // live ones while the replay runs
                    post(client, service, n++, posted);
                }
                List<Integer> expected = posted.subList(10, posted.size());
                awaitSize(after, "alert", expected.size(), Duration.ofSeconds(30));
                Thread.sleep(500); // a duplicate would be here by now
                List<SseEvents.Event> received = after.named("alert");
                assertEquals(expected, numbers(received), "every missed event, then the live ones, once and in order");
                assertTrue(after.named("gap").isEmpty(), "nothing missed was lost");
                for (int i = 1; i < received.size(); i++) {
                    assertTrue(compare(received.get(i - 1).id(), received.get(i).id()) < 0, "ids increase: " + received.get(i));
                }
                System.out.printf("SSE reconnect: away %d s, %d events missed, %d received on reconnect (%d missed + %d "
                        + "live), in posting order, 0 duplicates, 0 gaps%n", AWAY.toSeconds(), missed.size(),
                        received.size(), missed.size(), expected.size() - missed.size());
            }
        }
    }

    private static void post(AlertmanagerClient client, String service, int n, List<Integer> posted) throws Exception {
        client.postAlerts(List.of(new AlertmanagerClient.PostableAlert(Map.of("alertname", "Burst", "service", service,
                "n", Integer.toString(n)), Map.of("summary", "burst " + n), null, Instant.now().plus(Duration.ofHours(1)))));
        posted.add(n);
    }

    private static List<Integer> numbers(List<SseEvents.Event> events) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (SseEvents.Event e : events) {
            out.add(Integer.parseInt(JSON.readTree(e.data()).path("labels").path("n").asText()));
        }
        return out;
    }

    /** Redis stream ids, "ms-seq". */
    private static int compare(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
        return c != 0 ? c : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }

    private static void awaitSize(SseEvents events, String name, int size, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events.named(name).size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}

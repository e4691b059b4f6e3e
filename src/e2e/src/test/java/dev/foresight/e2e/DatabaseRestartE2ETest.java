package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted in the middle of a load run against the packaged alert-route (on a
 * cluster of the test's own): every alert acknowledged with 2xx is stored afterwards, and a
 * request that meets the outage is answered at once with 503 {@code application/problem+json}
 * and {@code Retry-After}: no hang, no 500.
 */
class DatabaseRestartE2ETest {
    private static final String DATABASE = "foresight_restart";
    private static final int CLIENTS = 4;
    /** A request of the outage must be answered well within this; the client gives up later than that. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    record Answer(int n, Instant sent, long millis, int status, String contentType, String retryAfter, String failure) {}

    @Test
    void aPostgresRestartMidLoadLosesNoAcknowledgedAlertAndAnswers503Meanwhile() throws Exception {
        try (PrivatePostgres pg = PrivatePostgres.create()) {
            pg.createDatabase(DATABASE);
            Map<String, String> settings = Map.of("FORESIGHT_DB_PORT", Integer.toString(pg.port()), "FORESIGHT_DB_NAME", DATABASE);
            try (AlertRoutePeer alertRoute = AlertRoutePeer.start("""
                    route:
                      receiver: nobody
                    receivers:
                      - name: nobody
                    """, settings)) {
                ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
                AtomicInteger next = new AtomicInteger();
                Instant end = Instant.now().plusSeconds(24);
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Thread t = new Thread(() -> load(alertRoute.baseUrl().resolve("api/v2/alerts"), next, end, answers));
                    t.start();
                    clients.add(t);
                }
                Thread.sleep(6000);
                Instant stopping = Instant.now();
                pg.stop();
                Thread.sleep(6000);
                pg.start();
                Instant started = Instant.now();
                for (Thread t : clients) {
                    t.join();
                }

                List<Answer> all = new ArrayList<>(answers);
                Set<String> acked = new HashSet<>();
                int unavailable = 0;
                long slowest = 0;
                for (Answer a : all) {
                    assertEquals(null, a.failure(), "every request answered: " + a);
                    assertTrue(a.status() == 200 || a.status() == 503, "only 200 or 503: " + a);
                    slowest = Math.max(slowest, a.millis());
                    assertTrue(a.millis() < BOUND.toMillis(), "answered within " + BOUND + ": " + a);
                    if (a.status() == 200) {
                        acked.add(Integer.toString(a.n()));
                    } else {
                        unavailable++;
                        assertEquals("application/problem+json", a.contentType(), a.toString());
                        assertTrue(a.retryAfter() != null && Integer.parseInt(a.retryAfter()) > 0, "Retry-After: " + a);
                    }
                }
                assertTrue(unavailable > 0, "the outage was met by some requests");
                assertTrue(all.stream().anyMatch(a -> a.status() == 200 && a.sent().isAfter(started.plusSeconds(2))),
                        "requests succeed again after the restart");
                assertTrue(all.stream().anyMatch(a -> a.status() == 200 && a.sent().isBefore(stopping)));

                Set<String> stored = new HashSet<>();
                try (Connection c = pg.connect(DATABASE); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select labels->>'n' from alerts where labels->>'alertname' = 'Load'")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                Set<String> lost = new HashSet<>(acked);
                lost.removeAll(stored);
                assertEquals(Set.of(), lost, "acknowledged alerts missing from the database");
                System.out.printf("PostgreSQL restart under load: %d requests, %d acknowledged (200), %d stored "
                        + "(%d acknowledged missing), %d answered 503 problem+json with Retry-After, 0 other answers, "
                        + "slowest answer %d ms, database down %d ms%n", all.size(), acked.size(), stored.size(), lost.size(),
                        unavailable, slowest, Duration.between(stopping, started).toMillis());
            }
        }
    }

    private static void load(URI url, AtomicInteger next, Instant end, ConcurrentLinkedQueue<Answer> answers) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(end)) {
            int n = next.getAndIncrement();
            String body = "[{\"labels\":{\"alertname\":\"Load\",\"n\":\"" + n + "\"},\"endsAt\":\""
                    + Instant.now().plus(Duration.ofHours(1)) + "\"}]";
            Instant sent = Instant.now();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                        .timeout(BOUND.multipliedBy(3)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add(new Answer(n, sent, Duration.between(sent, Instant.now()).toMillis(), r.statusCode(),
                        r.headers().firstValue("Content-Type").orElse(null), r.headers().firstValue("Retry-After").orElse(null),
                        null));
                if (r.statusCode() == 503) {
                    Thread.sleep(200); // a client backs off a little (less than asked, to meet the outage often)
                }
            } catch (Exception e) {
                answers.add(new Answer(n, sent, Duration.between(sent, Instant.now()).toMillis(), -1, null, null, e.toString()));
            }
        }
    }
}

package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver down for two minutes (the first answering 500, the second with its port
 * closed), then back: the packaged alert-route queues each group's notifications, retries them in
 * rounds until the receiver answers, and then every group's every state arrives exactly once and
 * in order, including a resolution that happened while the receiver was down. Every attempt is
 * on the notification's row: as many HTTP 500 attempts as the receiver answered 500.
 */
class ReceiverOutageE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GROUPS = 10;
    private static final int RESOLVED = 5;
    private static final Duration HALF_OUTAGE = Duration.ofSeconds(60);
    private static final String CONFIG = """
            route:
              receiver: team
              group_by: [alertname, group]
              group_wait: 1s
              group_interval: 2s
              repeat_interval: 1h
            receivers:
              - name: team
                webhook_configs:
                  - url: "%s/team"
                    send_resolved: true
            """;
    /** Rounds at most 5 s apart, and a breaker that rests 10 s: a receiver back is heard within seconds. */
    static final Map<String, String> SETTINGS = Map.of(
            "FORESIGHT_ALERT_ROUTE_DELIVERY_RETRY_INITIAL_BACKOFF", "1s",
            "FORESIGHT_ALERT_ROUTE_DELIVERY_RETRY_MAX_BACKOFF", "5s",
            "FORESIGHT_ALERT_ROUTE_RECEIVERS_CIRCUIT_BREAKER_DELAY", "10s");

    @Test
    void aReceiverDownForTwoMinutesHearsEveryStateOnceWhenItIsBack() throws Exception {
        try (FlakyReceiver receiver = new FlakyReceiver(); AlertRoutePeer alertRoute = AlertRoutePeer.startFresh(SETTINGS)) {
            alertRoute.load(CONFIG.formatted(receiver.url()));
            AlertmanagerClient client = new AlertmanagerClient(alertRoute);
            receiver.answerErrors();
            Instant down = Instant.now();
            Instant ends = down.plus(Duration.ofHours(1));
            for (int g = 0; g < GROUPS; g++) {
                client.postAlerts(List.of(alert(g, "a", ends), alert(g, "b", ends)));
            }
            Thread.sleep(HALF_OUTAGE.toMillis() / 2);
            // half the groups resolve while the receiver is down: a second state, queued behind the first
            Instant resolvedAt = Instant.now().minusSeconds(1);
            for (int g = 0; g < RESOLVED; g++) {
                client.postAlerts(List.of(alert(g, "a", resolvedAt), alert(g, "b", resolvedAt)));
            }
            sleepUntil(down.plus(HALF_OUTAGE));
            receiver.refuseConnections();
            sleepUntil(down.plus(HALF_OUTAGE.multipliedBy(2)));
            assertEquals(0, receiver.delivered().size(), "nothing got through while it was down");
            receiver.up();
            Instant back = Instant.now();

            int expected = GROUPS + RESOLVED;
            receiver.awaitDelivered(expected, Duration.ofSeconds(60));
            Duration catchUp = Duration.between(back, receiver.delivered().get(receiver.delivered().size() - 1).at());
            Thread.sleep(8000); // four group intervals and more than a round: a repeat would have come
            List<FlakyReceiver.Call> calls = receiver.delivered();
            Map<String, List<String>> told = perGroup(calls);
            assertEquals(GROUPS, told.size(), "every group heard: " + told);
            told.forEach((group, states) -> {
                boolean resolves = Integer.parseInt(group.replaceAll("\\D+", "")) < RESOLVED;
                assertEquals(resolves ? List.of("firing [a, b]", "resolved [a, b]") : List.of("firing [a, b]"), states,
                        group + ": each state once, in order");
            });
            assertEquals(expected, calls.size(), "no duplicates: " + told);

            List<Map<String, Object>> rows = E2eDatabase.rows("select status, attempts, attempt_log::text as log, "
                    + "cardinality(firing) > 0 as fires from notification_deliveries where receiver = 'team' order by id");
            assertEquals(expected, rows.size(), "one queued notification per state");
            int attempts = 0;
            int http500 = 0;
            int refused = 0;
            int breakerOpen = 0;
            int ok = 0;
            for (Map<String, Object> row : rows) {
                assertEquals("sent", row.get("status"), row.toString());
                JsonNode log = JSON.readTree((String) row.get("log"));
                assertEquals(((Number) row.get("attempts")).intValue(), log.size(), "every attempt on the row: " + row);
                if (Boolean.TRUE.equals(row.get("fires"))) {
                    assertTrue(log.size() > 1, "retried through the outage: " + row);
                } // a resolution waits behind its group's firing notification, and is tried once that one is through
                attempts += log.size();
                for (JsonNode attempt : log) {
                    String detail = attempt.path("detail").asText();
                    http500 += detail.startsWith("HTTP 500") ? 1 : 0;
                    refused += detail.contains("Connection refused") ? 1 : 0;
                    breakerOpen += detail.startsWith("circuit breaker open") ? 1 : 0;
                    ok += "ok".equals(attempt.path("outcome").asText()) ? 1 : 0;
                }
                assertEquals("ok", log.get(log.size() - 1).path("outcome").asText(), "the last attempt delivered: " + row);
            }
            assertEquals(receiver.errorsAnswered(), http500, "each 500 the receiver answered is an attempt on a row");
            assertEquals(expected, ok, "one delivered attempt per notification");
            assertTrue(refused > 0, "attempts met the closed port");
            assertEquals(2L * (GROUPS + RESOLVED), E2eDatabase.count("select count(*) from notifications n join alerts a "
                    + "on a.id = n.alert_id where a.labels->>'alertname' = 'ReceiverOutage' and n.status = 'sent'"),
                    "each alert's row of each notification sent");
            assertEquals(0L, E2eDatabase.count("select count(*) from notifications where status <> 'sent'"));
            System.out.printf("receiver outage: %d notifications delivered (%d states of %d groups), 0 duplicates; "
                    + "%d attempts recorded (%d HTTP 500 = %d answered, %d refused, %d breaker open, %d ok); "
                    + "last delivered %d ms after the receiver was back%n", calls.size(), expected, GROUPS, attempts,
                    http500, receiver.errorsAnswered(), refused, breakerOpen, ok, catchUp.toMillis());
        }
    }

    static AlertmanagerClient.PostableAlert alert(int group, String instance, Instant ends) {
        return new AlertmanagerClient.PostableAlert(Map.of("alertname", "ReceiverOutage", "group", "g" + group,
                "instance", instance), Map.of("summary", "queue backlog"), null, ends);
    }

    /** Per group, each notification as "status [instances]", in the order heard. */
    static Map<String, List<String>> perGroup(List<FlakyReceiver.Call> calls) {
        Map<String, List<String>> out = new TreeMap<>();
        for (FlakyReceiver.Call call : calls) {
            List<String> instances = new ArrayList<>();
            call.body().path("alerts").forEach(a -> instances.add(a.path("labels").path("instance").asText()));
            instances.sort(null);
            out.computeIfAbsent(call.body().path("groupLabels").path("group").asText(), k -> new ArrayList<>())
                    .add(call.body().path("status").asText() + " " + instances);
        }
        return out;
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}

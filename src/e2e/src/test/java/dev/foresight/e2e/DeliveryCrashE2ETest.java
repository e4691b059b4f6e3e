package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * alert-route killed with SIGKILL while a slow receiver holds its requests: the notifications
 * stay queued, and a new instance's sweeper takes them over once the dead instance's leases run
 * out and delivers each once; the lost round is on each row as an attempt without an answer.
 * A later state is then told once too: nothing twice for the same state.
 */
class DeliveryCrashE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As many as the outbound client keeps connections to one endpoint (5): all held at once. */
    private static final int GROUPS = 5;
    private static final int RESOLVING = 3;
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
    /** Leases of 3 s; an attempt may wait a minute for the slow receiver (it is not timed out before the kill). */
    private static final Map<String, String> SETTINGS = Map.of(
            "FORESIGHT_ALERT_ROUTE_DELIVERY_LEASE", "3s",
            "FORESIGHT_ALERT_ROUTE_WEBHOOK_TIMEOUT", "60s",
            "QUARKUS_LOG_CATEGORY__DEV_FORESIGHT_ALERTROUTE_DELIVERY__LEVEL", "DEBUG");

    @Test
    void aKilledInstancesDeliveriesAreFinishedOnceByTheNextOne() throws Exception {
        try (FlakyReceiver receiver = new FlakyReceiver(); AlertRoutePeer first = AlertRoutePeer.startFresh(SETTINGS)) {
            String yaml = CONFIG.formatted(receiver.url());
            first.load(yaml);
            receiver.hold();
            Instant ends = Instant.now().plus(Duration.ofHours(1));
            AlertmanagerClient client = new AlertmanagerClient(first);
            for (int g = 0; g < GROUPS; g++) {
                client.postAlerts(List.of(alert(g, "a", ends), alert(g, "b", ends)));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (receiver.held().size() < GROUPS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(GROUPS, receiver.held().size(), "every group's notification in flight, held by the receiver");
            assertEquals(GROUPS, E2eDatabase.count("select count(*) from notification_deliveries where status = 'pending' "
                    + "and leased_by is not null"), "each row leased by the instance delivering it");

            first.kill();
            receiver.up(); // the held requests are let go; their sender is dead and never hears the answer
            try (AlertRoutePeer second = AlertRoutePeer.start(yaml, SETTINGS)) {
                receiver.awaitDelivered(GROUPS, Duration.ofSeconds(60));
                Thread.sleep(6000); // three group intervals and two leases: anything sent twice would be here
                Map<String, List<String>> told = ReceiverOutageE2ETest.perGroup(receiver.delivered());
                assertEquals(GROUPS, told.size(), "every group delivered after the restart: " + told);
                told.forEach((group, states) -> assertEquals(List.of("firing [a, b]"), states, group + ": once"));

                List<Map<String, Object>> rows = E2eDatabase.rows("select status, attempts, attempt_log::text as log "
                        + "from notification_deliveries order by id");
                assertEquals(GROUPS, rows.size());
                for (Map<String, Object> row : rows) {
                    assertEquals("sent", row.get("status"), row.toString());
                    JsonNode log = JSON.readTree((String) row.get("log"));
                    assertEquals(2, log.size(), "the lost round and the delivery: " + row);
                    assertTrue(log.get(0).path("detail").asText().matches("no answer recorded: alert-route-\\S+ stopped while "
                            + "delivering \\(its lease ran out\\)"), log.toString());
                    assertEquals("ok", log.get(1).path("outcome").asText(), log.toString());
                }

                // a new state after the restart: told once, by the instance alive
                Instant resolved = Instant.now().minusSeconds(1);
                AlertmanagerClient again = new AlertmanagerClient(second);
                for (int g = 0; g < RESOLVING; g++) {
                    again.postAlerts(List.of(alert(g, "a", resolved), alert(g, "b", resolved)));
                }
                receiver.awaitDelivered(GROUPS + RESOLVING, Duration.ofSeconds(20));
                Thread.sleep(5000);
                Map<String, List<String>> after = ReceiverOutageE2ETest.perGroup(receiver.delivered());
                after.forEach((group, states) -> {
                    boolean resolves = Integer.parseInt(group.replaceAll("\\D+", "")) < RESOLVING;
                    assertEquals(resolves ? List.of("firing [a, b]", "resolved [a, b]") : List.of("firing [a, b]"), states,
                            group + ": each state once");
                });
                assertEquals(GROUPS + RESOLVING, receiver.delivered().size());
                System.out.printf("SIGKILL during delivery: %d requests held when killed (no answer reached alert-route); "
                        + "after the restart %d notifications delivered, %d states, 0 duplicates; attempts per first "
                        + "notification: 2 (the lost round, then ok)%n", receiver.held().size(),
                        receiver.delivered().size(), GROUPS + RESOLVING);
            }
        }
    }

    private static AlertmanagerClient.PostableAlert alert(int group, String instance, Instant ends) {
        Map<String, String> labels = new HashMap<>(ReceiverOutageE2ETest.alert(group, instance, ends).labels());
        labels.put("alertname", "DeliveryCrash");
        return new AlertmanagerClient.PostableAlert(labels, Map.of("summary", "slow consumer"), null, ends);
    }
}

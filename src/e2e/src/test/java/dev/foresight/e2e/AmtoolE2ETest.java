package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * amtool 0.25, as operators use it, against the target: a silence added with it is listed, holds
 * back a posted alert, and once expired with it lets the alert through to the webhook.
 */
class AmtoolE2ETest {
    private static final String CONFIG = """
            route:
              receiver: team-amtool
              group_by: [alertname]
              group_wait: 1s
              group_interval: 2s
            receivers:
              - name: team-amtool
                webhook_configs:
                  - url: "%s/team-amtool"
            """;

    /** The target amtool talks to: alert-route as a drop-in Alertmanager. */
    static AlertmanagerApi target() throws Exception {
        return AlertRoutePeer.start();
    }

    @Test
    void aSilenceAddedWithAmtoolHoldsTheAlertUntilExpired(@TempDir Path dir) throws Exception {
        try (WebhookRecorder webhook = new WebhookRecorder(); AlertmanagerApi alertmanager = target()) {
            alertmanager.load(CONFIG.formatted(webhook.url()));
            Amtool amtool = new Amtool(alertmanager, dir);

            assertTrue(amtool.configShow().contains("team-amtool"), "config show prints the loaded configuration");

            String id = amtool.silenceAdd("maintenance of db-1", Duration.ofHours(1), "alertname=AmtoolProbe");
            assertTrue(id.matches("[0-9a-f-]{36}"), "silence id: " + id);
            JsonNode silences = amtool.silenceQuery("alertname=AmtoolProbe");
            assertEquals(1, silences.size(), silences.toString());
            assertEquals(id, silences.get(0).path("id").asText());
            assertEquals("maintenance of db-1", silences.get(0).path("comment").asText());

            new AlertmanagerClient(alertmanager).postAlerts(List.of(new AlertmanagerClient.PostableAlert(
                    Map.of("alertname", "AmtoolProbe", "instance", "db-1"), Map.of("summary", "probe"), Instant.now(),
                    Instant.now().plus(Duration.ofHours(1)))));
            JsonNode silenced = awaitAlerts(amtool, true);
            assertEquals(1, silenced.size(), silenced.toString());
            assertEquals("suppressed", silenced.get(0).path("status").path("state").asText());
            assertEquals(id, silenced.get(0).path("status").path("silencedBy").get(0).asText());
            assertEquals(0, amtool.alertQuery(false, "alertname=AmtoolProbe").size(), "not active while silenced");
            assertFalse(webhook.await(c -> true, Duration.ofSeconds(3)), "notified while silenced: " + webhook.calls());

            amtool.silenceExpire(id);
            assertEquals(0, amtool.silenceQuery("alertname=AmtoolProbe").size(), "expired silence still active");
            assertTrue(webhook.await(c -> c.path().equals("/team-amtool"), Duration.ofSeconds(8)),
                    "no notification after the silence expired");
            JsonNode alert = webhook.calls().get(0).body().path("alerts").get(0);
            assertEquals("db-1", alert.path("labels").path("instance").asText());
            assertEquals("firing", alert.path("status").asText());
            assertEquals(1, amtool.alertQuery(false, "alertname=AmtoolProbe").size(), "active after expiry");
        }
    }

    /** The silence marks the alert at the next pipeline pass: poll briefly rather than sleep. */
    private static JsonNode awaitAlerts(Amtool amtool, boolean silenced) throws Exception {
        JsonNode alerts = amtool.alertQuery(silenced, "alertname=AmtoolProbe");
        for (int i = 0; i < 50 && alerts.isEmpty(); i++) {
            Thread.sleep(100);
            alerts = amtool.alertQuery(silenced, "alertname=AmtoolProbe");
        }
        return alerts;
    }
}

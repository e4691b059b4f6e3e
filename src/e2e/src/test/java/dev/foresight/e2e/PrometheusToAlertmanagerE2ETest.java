package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prometheus, as shipped, evaluates a rule that fires at once and sends its two alerts to the
 * target; the target groups them by alertname and posts one webhook notification holding both.
 */
class PrometheusToAlertmanagerE2ETest {

    /** The target Prometheus sends to: alert-route as a drop-in Alertmanager, routing to {@code webhookUrl}. */
    static AlertmanagerApi target(String webhookUrl) throws Exception {
        AlertmanagerApi target = AlertRoutePeer.start();
        target.load("""
                route:
                  receiver: team
                  group_by: [alertname]
                  group_wait: 1s
                  group_interval: 2s
                receivers:
                  - name: team
                    webhook_configs:
                      - url: "%s/team"
                """.formatted(webhookUrl));
        return target;
    }

    @Test
    void aFiringRuleReachesTheWebhookAsOneGroup() throws Exception {
        try (WebhookRecorder webhook = new WebhookRecorder();
                AlertmanagerApi alertmanager = target(webhook.url());
                PrometheusPeer prometheus = PrometheusPeer.start(alertmanager)) {
            boolean arrived = webhook.await(call -> call.body().path("alerts").size() == 2, Duration.ofSeconds(30));
            assertTrue(arrived, "no notification with both alerts; received " + webhook.calls()
                    + "\n--- prometheus log\n" + prometheus.log());

            JsonNode body = webhook.calls().stream().filter(c -> c.body().path("alerts").size() == 2)
                    .findFirst().orElseThrow().body();
            assertEquals("4", body.path("version").asText());
            assertEquals("team", body.path("receiver").asText());
            assertEquals("firing", body.path("status").asText());
            assertEquals(PrometheusPeer.ALERT, body.path("groupLabels").path("alertname").asText());
            assertEquals("page", body.path("commonLabels").path("severity").asText());
            List<String> instances = new ArrayList<>();
            for (JsonNode alert : body.path("alerts")) {
                instances.add(alert.path("labels").path("instance").asText());
                assertEquals("probe " + alert.path("labels").path("instance").asText() + " fires at once",
                        alert.path("annotations").path("summary").asText());
                assertTrue(alert.path("generatorURL").asText().contains("/graph?g0.expr="), alert.toString());
            }
            assertEquals(PrometheusPeer.INSTANCES, instances.stream().sorted().toList());

            JsonNode alerts = new AlertmanagerClient(alertmanager).alerts();
            assertEquals(2, alerts.size(), alerts.toString());
            assertEquals("active", alerts.get(0).path("status").path("state").asText());
        }
    }
}

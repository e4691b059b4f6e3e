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

    private static final String CONFIG = """
            route:
              receiver: team
              group_by: [alertname]
              group_wait: 1s
              group_interval: 2s
            receivers:
              - name: team
                webhook_configs:
                  - url: "%s/team"
            """;
    private static final String SECRET = "prometheus-secret-0123456789";

    /** The target Prometheus sends to: alert-route as a drop-in Alertmanager, routing to {@code webhookUrl}. */
    static AlertmanagerApi target(String webhookUrl) throws Exception {
        AlertmanagerApi target = AlertRoutePeer.start();
        target.load(CONFIG.formatted(webhookUrl));
        return target;
    }

    @Test
    void aFiringRuleReachesTheWebhookAsOneGroup() throws Exception {
        try (WebhookRecorder webhook = new WebhookRecorder();
                AlertmanagerApi alertmanager = target(webhook.url());
                PrometheusPeer prometheus = PrometheusPeer.start(alertmanager)) {
            assertOneGroupOfBoth(webhook, alertmanager, prometheus);
        }
    }

    /**
     * Authentication on, as alert-route runs by default: Prometheus gets its own token from
     * token-refresh through the {@code oauth2} client-credentials block of its alertmanagers
     * configuration; a push without a token is refused.
     */
    @Test
    void prometheusSendsWithATokenItGetsThroughOAuth2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (WebhookRecorder webhook = new WebhookRecorder();
                TokenRefreshPeer issuer = TokenRefreshPeer.start("prometheus:" + SECRET + ":alerts:write")) {
            String bearer = issuer.token("prometheus", SECRET);
            try (AlertRoutePeer alertmanager = AlertRoutePeer.startSecured(CONFIG.formatted(webhook.url()), issuer, bearer)) {
                var refused = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                alertmanager.baseUrl().resolve("api/v2/alerts")).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[{\"labels\":{\"alertname\":\"x\"}}]")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(401, refused.statusCode(), "a push without a token");

                java.nio.file.Path secretFile = dir.resolve("client-secret");
                java.nio.file.Files.writeString(secretFile, SECRET);
                var oauth2 = new PrometheusPeer.OAuth2("prometheus", secretFile, issuer.tokenUrl(), List.of("alerts:write"));
                try (PrometheusPeer prometheus = PrometheusPeer.start(alertmanager, oauth2)) {
                    assertOneGroupOfBoth(webhook, alertmanager, prometheus);
                }
            }
        }
    }

    private static void assertOneGroupOfBoth(WebhookRecorder webhook, AlertmanagerApi alertmanager, PrometheusPeer prometheus)
            throws Exception {
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

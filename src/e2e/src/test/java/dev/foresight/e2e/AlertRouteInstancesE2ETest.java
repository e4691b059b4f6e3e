package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Two alert-route instances on one database share the notification log and the groups: a group
 * is told once per state, whichever instance received its alerts. An instance killed with SIGKILL and
 * started again tells nothing twice. (Alertmanager needs its gossip cluster for the first and
 * loses its in-memory groups on the second.)
 */
class AlertRouteInstancesE2ETest {
    private static final int GROUPS = 20;
    private static final String CONFIG = """
            route:
              receiver: team
              group_by: [alertname, service]
              group_wait: 1s
              group_interval: 2s
              repeat_interval: 1h
            receivers:
              - name: team
                webhook_configs:
                  - url: "%s/team"
            """;

    @Test
    void twoInstancesTellEachGroupOnceAndARestartTellsNothingTwice() throws Exception {
        try (WebhookRecorder webhook = new WebhookRecorder(); AlertRoutePeer first = AlertRoutePeer.start()) {
            String yaml = CONFIG.formatted(webhook.url());
            first.load(yaml);
            AlertRoutePeer second = AlertRoutePeer.start(yaml);
            try {
                // each group's two alerts arrive one at each instance, at the same moment
                Instant ends = Instant.now().plus(Duration.ofHours(1));
                for (int g = 0; g < GROUPS; g++) {
                    new AlertmanagerClient(first).postAlerts(List.of(alert(g, "a", ends)));
                    new AlertmanagerClient(second).postAlerts(List.of(alert(g, "b", ends)));
                }
                Thread.sleep(6000); // group_wait and two group intervals
                Map<String, List<String>> told = perGroup(webhook.calls());
                assertEquals(GROUPS, told.size(), "every group told: " + told);
                told.forEach((group, states) -> {
                    // told again only when it changed (its second alert came after the first flush), never twice alike
                    assertEquals(states.stream().distinct().count(), states.size(), group + " told the same twice: " + states);
                    assertEquals("[a, b]", states.get(states.size() - 1), group + " ends with both alerts: " + states);
                });
            } finally {
                second.kill();
            }

            int before = webhook.calls().size();
            AlertRoutePeer restarted = AlertRoutePeer.start(yaml);
            try {
                Thread.sleep(6000); // every group is due again at once after a restart, and is checked against the log
                assertEquals(before, webhook.calls().size(), "a restart told something twice: " + webhook.calls());
            } finally {
                restarted.close();
            }
        }
    }

    private static AlertmanagerClient.PostableAlert alert(int group, String instance, Instant ends) {
        return new AlertmanagerClient.PostableAlert(Map.of("alertname", "DiskFull", "service", "svc" + group,
                "instance", instance), Map.of("summary", "disk full"), null, ends);
    }

    /** Per group key, the instances of the alerts in each notification, in the order told. */
    private static Map<String, List<String>> perGroup(List<WebhookRecorder.Call> calls) {
        Map<String, List<String>> out = new TreeMap<>();
        for (WebhookRecorder.Call call : new ArrayList<>(calls)) {
            List<String> instances = new ArrayList<>();
            call.body().path("alerts").forEach(a -> instances.add(a.path("labels").path("instance").asText()));
            instances.sort(null);
            out.computeIfAbsent(call.body().path("groupKey").asText(), k -> new ArrayList<>()).add(instances.toString());
        }
        return out;
    }
}

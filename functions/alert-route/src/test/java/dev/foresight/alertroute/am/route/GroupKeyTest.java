package dev.foresight.alertroute.am.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.am.config.ConfigParser;
import dev.foresight.alertroute.am.label.LabelSets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Group keys and fingerprints a real Alertmanager 0.25 sent in webhook payloads for this very
 * configuration (alerts posted to /api/v2/alerts, payloads recorded by a local HTTP server).
 */
class GroupKeyTest {
    private static final Route ROOT = Route.root(ConfigParser.parse("""
            route:
              receiver: r
              group_wait: 1s
              group_by: [a, a0]
              routes:
                - matchers: ['team=~"d.*"', 'env!="x"']
                  receiver: r
                  group_by: ['...']
                - matchers: ['quote="say \\"hi\\""']
                  receiver: r
            receivers:
              - name: r
                webhook_configs:
                  - url: http://127.0.0.1:19094/
            """).route());

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of(Map.of("alertname", "A", "a", "1", "a0", "2", "x", "y"),
                        "{}:{a0=\"2\", a=\"1\"}", "5aa304a6570625e1"),
                Arguments.of(Map.of("alertname", "B", "team", "db", "z", "é"),
                        "{}/{env!=\"x\",team=~\"d.*\"}:{alertname=\"B\", team=\"db\", z=\"é\"}", "ad00f9bb8a22beff"),
                Arguments.of(Map.of("alertname", "C", "quote", "say \"hi\"", "a", "q"),
                        "{}/{quote=\"say \\\"hi\\\"\"}:{a=\"q\"}", "6c91523a84bf385d"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("payloads")
    void sameAsAlertmanagersWebhook(Map<String, String> labels, String groupKey, String fingerprint) {
        List<Route> routes = ROOT.match(labels);
        assertEquals(1, routes.size());
        Route route = routes.get(0);
        assertEquals(groupKey, route.groupKey(route.groupLabels(labels)));
        assertEquals(fingerprint, LabelSets.fingerprint(labels));
    }
}

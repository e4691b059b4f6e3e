package dev.foresight.alertroute.amconfig;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.am.config.ConfigParser;
import dev.foresight.shared.egress.EgressPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Receiver blocks this function cannot deliver, and endpoints the egress policy refuses, refuse the configuration. */
class ReceiverChecksTest {
    private static final EgressPolicy POLICY = EgressPolicy.denyAll();

    private static String config(String receiver) {
        return """
                route:
                  receiver: ops
                receivers:
                  - name: ops
                """ + receiver.indent(4);
    }

    private static String refusal(String receiver) {
        return assertThrows(ConfigException.class, () -> ReceiverChecks.check(ConfigParser.parse(config(receiver)), POLICY)).getMessage();
    }

    @Test
    void publicEndpointsPass() {
        assertDoesNotThrow(() -> ReceiverChecks.check(ConfigParser.parse(config("""
                email_configs:
                  - {to: ops@example.org, from: am@example.org, smarthost: 'smtp.example.org:587'}
                slack_configs:
                  - api_url: 'https://hooks.slack.com/services/T/B/x'
                pagerduty_configs:
                  - routing_key: abc
                """)), POLICY));
    }

    @Test
    void eachEndpointIsJudgedByTheEgressPolicyNamingTheReceiverAndTheEntry() {
        String rule = " (the egress policy; " + EgressPolicy.ALLOW_PROPERTY + " lists the address blocks allowed)";
        assertEquals("receiver \"ops\": email_configs[0] smarthost \"127.0.0.1:25\" must not target a loopback address (127.0.0.1)" + rule,
                refusal("email_configs:\n  - {to: ops@example.org, from: am@example.org, smarthost: '127.0.0.1:25'}\n"));
        assertEquals("receiver \"ops\": slack_configs[0] api_url \"http://10.1.2.3/hook\" must not target a private address (10.1.2.3)" + rule,
                refusal("slack_configs:\n  - api_url: 'http://10.1.2.3/hook'\n"));
        assertEquals("receiver \"ops\": pagerduty_configs[0] url \"http://169.254.169.254/v2/enqueue\" "
                        + "must not target a cloud metadata address (169.254.169.254)" + rule,
                refusal("pagerduty_configs:\n  - {routing_key: k, url: 'http://169.254.169.254/v2/enqueue'}\n"));
    }

    @Test
    void theAllowListLetsLoopbackThroughAsTheTestsNeed() {
        assertDoesNotThrow(() -> ReceiverChecks.check(ConfigParser.parse(config(
                "email_configs:\n  - {to: ops@example.org, from: am@example.org, smarthost: '127.0.0.1:25'}\n")),
                EgressPolicy.fromAllowList(List.of("127.0.0.0/8"))));
    }

    @Test
    void blocksThatCannotBeDeliveredAreRefusedNamingTheEntry() {
        assertEquals("receiver \"ops\": email_configs[0]: parse 'to' addresses: mail: missing '@' or angle-addr in \"ops\"",
                refusal("email_configs:\n  - {to: ops, from: am@example.org, smarthost: 'smtp.example.org:25'}\n"));
        assertEquals("receiver \"ops\": pagerduty_configs[0]: service_key is the PagerDuty Events API v1, which is not supported: "
                        + "use routing_key (Events API v2)",
                refusal("pagerduty_configs:\n  - service_key: k\n"));
    }
}

package dev.foresight.alertroute.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An Alertmanager configuration with an email, a Slack and a PagerDuty receiver, each at a local
 * port chosen before the application starts (an SMTP server and two recording HTTP servers that
 * the tests bind there), routed by the alert's {@code channel} label, flushed every second. The
 * ports are published as {@code receivers-test.*} properties for the tests to bind.
 */
public class ReceiversProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        // alerts an interrupted earlier run left firing would regroup at start-up, fail against
        // receivers not yet listening and trip this run's circuit breakers
        List.of("email", "email-down", "slack", "pagerduty").forEach(Db::forgetAlertsFor);
        List.of("mail", "mail-down", "chat", "pager").forEach(Db::forgetGroupsOf);
        int smtp = freePort();
        int closedSmtp = freePort();
        int slack = freePort();
        int pagerduty = freePort();
        try {
            Path file = Files.createTempFile("alertmanager-receivers", ".yml");
            Files.writeString(file, """
                    global:
                      smtp_from: 'alert-route@example.org'
                      smtp_require_tls: false
                    route:
                      receiver: nobody
                      group_by: [alertname]
                      group_wait: 0s
                      group_interval: 1s
                      repeat_interval: 1h
                      routes:
                        - receiver: mail
                          matchers: ['channel="email"']
                        - receiver: mail-down
                          matchers: ['channel="email-down"']
                        - receiver: chat
                          matchers: ['channel="slack"']
                        - receiver: pager
                          matchers: ['channel="pagerduty"']
                    receivers:
                      - name: nobody
                      - name: mail
                        email_configs:
                          - to: 'Ops <ops@example.org>, oncall@example.org'
                            smarthost: '127.0.0.1:%d'
                            auth_username: alert-route
                            auth_password: s3cret
                            send_resolved: true
                            headers:
                              X-Team: ops
                      - name: mail-down
                        email_configs:
                          - to: ops@example.org
                            smarthost: '127.0.0.1:%d'
                      - name: chat
                        slack_configs:
                          - api_url: 'http://127.0.0.1:%d/services/T000/B000/XXXX'
                            channel: '#ops'
                            text: 'Runbook: https://runbooks.example.org/disk'
                            send_resolved: true
                      - name: pager
                        pagerduty_configs:
                          - routing_key: R0UT1NGKEY0123456789012345678901
                            url: 'http://127.0.0.1:%d/v2/enqueue'
                            severity: critical
                    """.formatted(smtp, closedSmtp, slack, pagerduty));
            return Map.of("foresight.alert-route.alertmanager.config-file", file.toString(),
                    "receivers-test.smtp-port", String.valueOf(smtp),
                    "receivers-test.slack-port", String.valueOf(slack),
                    "receivers-test.pagerduty-port", String.valueOf(pagerduty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

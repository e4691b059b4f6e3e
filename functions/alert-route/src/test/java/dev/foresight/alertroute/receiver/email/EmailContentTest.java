package dev.foresight.alertroute.receiver.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.config.ConfigException;
import dev.foresight.alertroute.am.config.ConfigParser;
import dev.foresight.alertroute.dispatch.GroupAlert;
import dev.foresight.alertroute.dispatch.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An email block as the configuration gives it, and the message it makes. */
class EmailContentTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

    private static EmailConfig parsed(String block) {
        String yaml = """
                global:
                  smtp_smarthost: 'mail.example.org:587'
                  smtp_from: 'am@example.org'
                  smtp_auth_username: am
                  smtp_auth_password: pw
                route:
                  receiver: mail
                receivers:
                  - name: mail
                    email_configs:
                """ + block.indent(6);
        return EmailConfig.of(ConfigParser.parse(yaml).receivers().get(0).emails().get(0));
    }

    private static Notification group() {
        GroupAlert alert = new GroupAlert(1, "fp", Map.of("alertname", "DiskFull", "host", "<db1>"), Map.of("summary", "a & b"),
                NOW.minusSeconds(60), NOW.plusSeconds(300), "http://prometheus/graph?g0.expr=up&x=\"1\"");
        return new Notification("mail", "k", Map.of("alertname", "DiskFull"), List.of(alert), 0, true, NOW);
    }

    @Test
    void globalSmtpSettingsFillTheBlockAsAlertmanagerDoes() {
        EmailConfig config = parsed("- to: 'Ops <ops@example.org>, oncall@example.org'\n");
        assertEquals(List.of("Ops <ops@example.org>", "oncall@example.org"), config.to());
        assertEquals("am@example.org", config.from());
        assertEquals("mail.example.org", config.host());
        assertEquals(587, config.port());
        assertEquals(Optional.of("am"), config.username());
        assertEquals(Optional.of("pw"), config.password());
        assertTrue(config.requireTls(), "smtp_require_tls defaults to true");
        assertFalse(config.implicitTls());
        assertFalse(config.sendResolved(), "email send_resolved defaults to false");
        assertTrue(parsed("- to: a@example.org\n  smarthost: 'smtp.example.org:465'\n").implicitTls());
    }

    @Test
    void badAddressesAndUnsupportedTlsOptionsAreRefusedAtLoad() {
        ConfigException to = assertThrows(ConfigException.class, () -> parsed("- to: 'ops.example.org'\n"));
        assertEquals("parse 'to' addresses: mail: missing '@' or angle-addr in \"ops.example.org\"", to.getMessage());
        ConfigException tls = assertThrows(ConfigException.class,
                () -> parsed("- to: a@example.org\n  tls_config:\n    cert_file: /x.pem\n"));
        assertTrue(tls.getMessage().startsWith("tls_config cert_file is not supported"), tls.getMessage());
    }

    @Test
    void withoutConfiguredBodiesBothDefaultBodiesAreBuiltAndTheHtmlIsEscaped() {
        EmailContent content = EmailContent.of(group(), parsed("- to: a@example.org\n  headers:\n    X-Team: ops\n"), "http://am:9093");
        assertEquals("[FIRING:1] DiskFull (<db1>)", content.subject());
        assertEquals(Map.of("X-Team", "ops"), content.headers());
        assertTrue(content.text().orElseThrow().contains(" - host = <db1>\n"), content.text().orElseThrow());
        String html = content.html().orElseThrow();
        assertTrue(html.contains("host = &lt;db1&gt;"), html);
        assertTrue(html.contains("summary = a &amp; b"), html);
        assertTrue(html.contains("href=\"http://prometheus/graph?g0.expr=up&amp;x=&quot;1&quot;\""), html);
        assertFalse(html.contains("<db1>"), html);
    }

    @Test
    void configuredBodiesAndSubjectHeaderAreSentAsWritten() {
        EmailContent content = EmailContent.of(group(), parsed("- to: a@example.org\n  text: 'plain words'\n  headers:\n    Subject: Disk\n"),
                "http://am:9093");
        assertEquals("Disk", content.subject());
        assertEquals(Optional.of("plain words"), content.text());
        assertEquals(Optional.empty(), content.html());
        assertEquals(Map.of(), content.headers());
    }
}

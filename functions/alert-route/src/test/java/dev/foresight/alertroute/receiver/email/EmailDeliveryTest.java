package dev.foresight.alertroute.receiver.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.ReceiversProfile;
import dev.foresight.alertroute.support.V2Alerts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code email_configs} against a real SMTP server (GreenMail) that requires the configured login:
 * the firing and the resolved group each arrive once per recipient with a text and an HTML body
 * and the configured header; a smarthost that refuses connections is retried up to the limit.
 */
@QuarkusTest
@TestProfile(ReceiversProfile.class)
class EmailDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GreenMail smtp;

    @BeforeAll
    static void listen() {
        int port = ConfigProvider.getConfig().getValue("receivers-test.smtp-port", Integer.class);
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("alert-route@example.org", "alert-route", "s3cret");
        smtp.start();
        Db.forgetGroupsOf("mail-down"); // a run stopped midway leaves its group failing here, tripping the breaker early
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    private static List<MimeMessage> mailsAbout(String name) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(name);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aFiringAndThenResolvedGroupIsMailedWithTextAndHtmlBodies() throws Exception {
        String name = V2Alerts.name("DiskFull");
        V2Alerts.fire(name, "email");
        // one delivery to two recipients: GreenMail keeps a copy per recipient
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(name).size() == 2);
        MimeMessage mail = mailsAbout(name).get(0);
        assertEquals("[FIRING:1] " + name + " (email warning)", mail.getSubject());
        assertEquals("alert-route@example.org", mail.getFrom()[0].toString());
        assertEquals(2, mail.getRecipients(Message.RecipientType.TO).length);
        assertEquals("ops", mail.getHeader("X-Team")[0]);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = null;
        String html = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html")) {
                html = part.getContent().toString();
            }
        }
        assertTrue(text != null && text.contains(" - alertname = " + name), String.valueOf(text));
        assertTrue(text.contains("summary = disk <b>almost</b> full"), text);
        assertTrue(html != null && html.contains("disk &lt;b&gt;almost&lt;/b&gt; full"), String.valueOf(html));
        assertTrue(html.contains("/#/alerts?receiver=mail"), html);

        V2Alerts.resolve(name, "email");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(name).size() == 4);
        List<String> subjects = mailsAbout(name).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(List.of("[FIRING:1] " + name + " (email warning)", "[FIRING:1] " + name + " (email warning)",
                "[RESOLVED] " + name + " (email warning)", "[RESOLVED] " + name + " (email warning)"), subjects);
        List<Map<String, Object>> rows = V2Alerts.awaitRows(name, r -> r.size() == 2);
        rows.forEach(row -> {
            assertEquals("mail/email/0", row.get("integration"));
            assertEquals("sent", row.get("status"));
            assertEquals(1, row.get("attempts"));
        });
    }

    /**
     * The notification is queued once and tried in rounds of four attempts, the rounds further
     * apart each time; after twenty failed attempts (the breaker's window) the endpoint's breaker
     * opens and later rounds fail at once. Every attempt is on the one row, which stays pending.
     */
    @Test
    void aSmarthostThatRefusesConnectionsIsRetriedInRoundsThenItsCircuitOpens() throws Exception {
        String name = V2Alerts.name("MailDown");
        V2Alerts.fire(name, "email-down");
        List<Map<String, Object>> rows;
        try {
            rows = V2Alerts.awaitRowsInAnyState(name, r -> !r.isEmpty()
                    && String.valueOf(r.get(r.size() - 1).get("lastError")).startsWith("circuit breaker open"));
        } finally {
            V2Alerts.resolve(name, "email-down"); // queues the resolution behind it
            Db.forgetGroupsOf("mail-down"); // and nothing of it is retried against the next tests
        }
        assertEquals(1, rows.size(), "one notification, retried, not one per flush: " + rows);
        Map<String, Object> row = rows.get(0);
        assertEquals("pending", row.get("status"));
        assertTrue(String.valueOf(row.get("lastError")).startsWith("circuit breaker open for email 127.0.0.1:"));
        JsonNode log = JSON.readTree((String) row.get("attemptLog"));
        assertEquals(log.size(), row.get("attempts"));
        assertTrue(log.size() > 20, "rounds of four refused attempts come before the breaker opens: " + log.size());
        for (int i = 0; i < 20; i++) {
            assertEquals("retryable", log.path(i).path("outcome").asText());
            assertTrue(log.path(i).path("detail").asText().contains("Connection refused"), log.path(i).toString());
        }
        JsonNode last = log.path(log.size() - 1);
        assertEquals("retryable", last.path("outcome").asText());
        assertTrue(last.path("detail").asText().startsWith("circuit breaker open"), last.toString());
    }
}

package dev.foresight.alertroute.receiver;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.ReceiversProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** {@code POST /-/reload} refuses receiver blocks it cannot deliver or may not reach; the running configuration keeps serving. */
@QuarkusTest
@TestProfile(ReceiversProfile.class)
class ReceiverReloadTest {
    private static Path file() {
        return Path.of(ConfigProvider.getConfig().getValue("foresight.alert-route.alertmanager.config-file", String.class));
    }

    private static void refused(String running, String broken, String rule) throws Exception {
        try {
            Files.writeString(file(), broken);
            given().header("Authorization", Alerts.WRITER).post("/-/reload").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("config"))
                    .body("errors[0].rule", containsString(rule));
            given().header("Authorization", Alerts.WRITER).get("/api/v2/status").then().statusCode(200)
                    .body("config.original", equalTo(running));
        } finally {
            Files.writeString(file(), running);
        }
    }

    @Test
    void aBadAddressAPrivateWebhookAndTheEventsApiV1AreEachRefused() throws Exception {
        String running = Files.readString(file());
        given().header("Authorization", Alerts.WRITER).post("/-/reload").then().statusCode(200);
        running = Files.readString(file());
        refused(running, running.replace("to: ops@example.org", "to: ops"),
                "receiver \"mail-down\": email_configs[0]: parse 'to' addresses: mail: missing '@' or angle-addr in \"ops\"");
        refused(running, running.replaceFirst("api_url: 'http://127\\.0\\.0\\.1:\\d+", "api_url: 'http://10.0.0.7"),
                "receiver \"chat\": slack_configs[0] api_url \"http://10.0.0.7/services/T000/B000/XXXX\" must not target a private address (10.0.0.7)");
        refused(running, running.replace("routing_key: R0UT1NGKEY0123456789012345678901", "service_key: abc"),
                "receiver \"pager\": pagerduty_configs[0]: service_key is the PagerDuty Events API v1");
        refused(running, running.replace("auth_password: s3cret", "auth_password: s3cret\n        auth_password_file: /etc/pw"),
                "at most one of auth_password & auth_password_file must be configured");
    }
}

package dev.foresight.alertroute.apiv2;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Alertmanager's v2 API as Prometheus and amtool call it, the configuration's reload, versions
 * and rollback, and cascade inhibition from the dependency graph, against a running alert-route.
 */
@QuarkusTest
@TestProfile(AlertmanagerApiTest.ConfigFile.class)
class AlertmanagerApiTest {
    static final Path FILE = Path.of("target", "alertmanager-api-test.yml").toAbsolutePath();
    static final String CONFIG = """
            route:
              receiver: team
              group_by: [alertname]
            receivers:
              - name: team
            """;

    /** alert-route reads its Alertmanager configuration from a file this test rewrites. */
    public static class ConfigFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("foresight.alert-route.alertmanager.config-file", FILE.toString());
        }
    }

    private static RequestSpecification api() {
        return given().header("Authorization", Alerts.WRITER);
    }

    private static String alert(String name, String extra) {
        return "{\"labels\":{\"alertname\":\"" + name + "\"" + extra + "},\"annotations\":{\"summary\":\"disk full\"},"
                + "\"generatorURL\":\"http://prometheus/graph\"}";
    }

    @Test
    void alertsPostedAreListedWithFingerprintReceiversAndState() {
        String name = "Disk" + UUID.randomUUID().toString().substring(0, 8);
        api().contentType(ContentType.JSON).body("[" + alert(name, ",\"instance\":\"a\"") + "]")
                .post("/api/v2/alerts").then().statusCode(200);
        api().queryParam("filter", "alertname=\"" + name + "\"").get("/api/v2/alerts").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].fingerprint", matchesPattern("[0-9a-f]{16}"))
                .body("[0].labels.instance", equalTo("a"))
                .body("[0].annotations.summary", equalTo("disk full"))
                .body("[0].generatorURL", equalTo("http://prometheus/graph"))
                .body("[0].receivers[0].name", equalTo("team"))
                .body("[0].status.state", equalTo("active"));
        api().queryParam("filter", "alertname=\"" + name + "\"").get("/api/v2/alerts/groups").then().statusCode(200)
                .body("[0].labels.alertname", equalTo(name)).body("[0].receiver.name", equalTo("team"))
                .body("[0].alerts", hasSize(1));
        api().get("/api/v2/receivers").then().statusCode(200).body("name", equalTo(List.of("team")));
    }

    @Test
    void aBadAlertIsRefusedNamingItsFieldAndNothingOfTheRequestIsStored() {
        String name = "Bad" + UUID.randomUUID().toString().substring(0, 8);
        String start = Instant.now().toString();
        String end = Instant.now().minusSeconds(60).toString();
        List.of("[" + alert(name, "") + ",{\"labels\":{}}]",
                        "[" + alert(name, ",\"bad-name\":\"x\"") + "]",
                        "[{\"labels\":{\"alertname\":\"" + name + "\"},\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\"}]",
                        "[" + alert(name, ",\"note\":\"a\\u0000b\"") + "]",
                        "[{\"labels\":{\"alertname\":\"" + name + "\"},\"startsAt\":\"yesterday\"}]")
                .forEach(body -> api().contentType(ContentType.JSON).body(body).post("/api/v2/alerts").then()
                        .statusCode(400).contentType("application/problem+json").body("errors[0].field", matchesPattern("\\[\\d].*")));
        api().queryParam("filter", "alertname=\"" + name + "\"").get("/api/v2/alerts").then().body("", empty());
    }

    @Test
    void aSilenceMutesUntilItIsExpired() {
        String name = "Loud" + UUID.randomUUID().toString().substring(0, 8);
        String silence = "{\"matchers\":[{\"name\":\"alertname\",\"value\":\"" + name + "\",\"isRegex\":false,\"isEqual\":true}],"
                + "\"startsAt\":\"" + Instant.now() + "\",\"endsAt\":\"" + Instant.now().plusSeconds(3600) + "\","
                + "\"createdBy\":\"sre\",\"comment\":\"maintenance\"}";
        String id = api().contentType(ContentType.JSON).body(silence).post("/api/v2/silences").then().statusCode(200)
                .extract().path("silenceID");
        api().get("/api/v2/silence/" + id).then().statusCode(200).body("status.state", equalTo("active"))
                .body("createdBy", equalTo("sre")).body("matchers[0].value", equalTo(name));
        api().contentType(ContentType.JSON).body("[" + alert(name, "") + "]").post("/api/v2/alerts").then().statusCode(200);
        api().queryParam("filter", "alertname=\"" + name + "\"").get("/api/v2/alerts").then()
                .body("[0].status.state", equalTo("suppressed")).body("[0].status.silencedBy", equalTo(List.of(id)));
        api().queryParam("filter", "alertname=\"" + name + "\"").queryParam("silenced", "false").get("/api/v2/alerts")
                .then().body("", empty());

        api().delete("/api/v2/silence/" + id).then().statusCode(200);
        api().get("/api/v2/silence/" + id).then().body("status.state", equalTo("expired"));
        api().queryParam("filter", "alertname=\"" + name + "\"").get("/api/v2/alerts").then()
                .body("[0].status.state", equalTo("active"));
        api().get("/api/v2/silence/" + UUID.randomUUID()).then().statusCode(404);
        api().contentType(ContentType.JSON).body("{\"matchers\":[],\"createdBy\":\"\",\"comment\":\"c\"}")
                .post("/api/v2/silences").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anInvalidReloadKeepsTheRunningConfigurationAndEveryAcceptedOneIsAVersion() throws IOException {
        try {
            Files.writeString(FILE, CONFIG.replace("receiver: team\n  group_by", "receiver: pager\n  group_by"));
            api().post("/-/reload").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].rule", containsString("undefined receiver \"pager\" used in route"));
            api().get("/api/v2/status").then().statusCode(200)
                    .body("config.original", equalTo(CONFIG)).body("cluster.status", equalTo("disabled"));

            String second = CONFIG.replace("group_by: [alertname]", "group_by: [alertname, service]");
            Files.writeString(FILE, second);
            api().post("/-/reload").then().statusCode(200);
            api().get("/api/v2/status").then().body("config.original", equalTo(second));
            List<Integer> versions = api().get("/config/versions").then().statusCode(200).extract().path("version");
            int newest = versions.get(0);
            api().get("/config/versions/" + newest).then().statusCode(200).body("source", equalTo(second));

            api().post("/config/versions/" + (newest - 1) + "/rollback").then().statusCode(200)
                    .body("version", equalTo(newest + 1)).body("source", equalTo(CONFIG));
            api().get("/api/v2/status").then().body("config.original", equalTo(CONFIG));
            api().post("/config/versions/999999/rollback").then().statusCode(404);
        } finally {
            Files.writeString(FILE, CONFIG);
            api().post("/-/reload").then().statusCode(200);
        }
    }

    /** A webhook URL the egress policy refuses makes the whole configuration invalid; the running one keeps serving. */
    @Test
    void aReloadWithARefusedWebhookUrlIsRefusedNamingTheReceiverAndTheRule() throws IOException {
        try {
            Files.writeString(FILE, CONFIG.replace("  - name: team\n",
                    "  - name: team\n    webhook_configs:\n      - url: 'http://169.254.169.254/latest/meta-data/'\n"));
            api().post("/-/reload").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].rule", containsString("receiver \"team\": webhook_configs[0] url "
                            + "\"http://169.254.169.254/latest/meta-data/\" must not target a cloud metadata address (169.254.169.254)"));
            api().get("/api/v2/status").then().statusCode(200).body("config.original", equalTo(CONFIG));
        } finally {
            Files.writeString(FILE, CONFIG);
            api().post("/-/reload").then().statusCode(200);
        }
    }

    @Test
    void aFailingServiceInhibitsTheAlertsOfWhatDependsOnItThroughCriticalEdgesOnly() {
        String frontend = Db.newService("frontend");
        String checkout = Db.newService("checkout");
        String payments = Db.newService("payments");
        String db = Db.newService("db");
        String search = Db.newService("search");
        Db.depends(frontend, checkout, "critical");
        Db.depends(checkout, payments, "critical");
        Db.depends(payments, db, "critical");
        Db.depends(search, db, "optional");

        String root = Alerts.post(Alerts.critical(db)).then().statusCode(201).extract().path("fingerprint");
        long dependant = Alerts.create(Alerts.json("cascade", frontend, 0.7, 300.0));
        long optional = Alerts.create(Alerts.json("cascade", search, 0.7, 300.0));
        long rootId = Alerts.post(Alerts.critical(db)).then().statusCode(200).extract().jsonPath().getLong("id");

        Alerts.get(dependant).then().statusCode(200)
                .body("muting.muted", equalTo(true))
                .body("muting.inhibitedBy", equalTo(List.of(root)))
                .body("muting.cascade.rootService", equalTo(db))
                .body("muting.cascade.edges.service", equalTo(List.of(frontend, checkout, payments)))
                .body("muting.cascade.edges.dependsOn", equalTo(List.of(checkout, payments, db)));
        Alerts.get(optional).then().body("muting.muted", equalTo(false));
        Alerts.get(rootId).then().body("muting.muted", equalTo(false));
        api().queryParam("filter", "service=\"" + frontend + "\"").get("/api/v2/alerts").then()
                .body("[0].status.state", equalTo("suppressed")).body("[0].status.inhibitedBy", equalTo(List.of(root)));

        // the root resolves: the cascade lifts
        api().post("/alerts/" + rootId + "/resolve").then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(false,
                Alerts.get(dependant).then().extract().path("muting.muted")));
    }
}

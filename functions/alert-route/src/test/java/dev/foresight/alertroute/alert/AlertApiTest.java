package dev.foresight.alertroute.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.foresight.alertroute.support.Alerts;
import dev.foresight.alertroute.support.Db;
import dev.foresight.alertroute.support.WebhookPort;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The alert API against the real database: intake, validation, lifecycle and access control. */
@QuarkusTest
@WithTestResource(value = WebhookPort.class, scope = TestResourceScope.GLOBAL)
class AlertApiTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void createsAnAlertAndReadsItBack() {
        String service = Db.newService("catalog");
        String body = "{\"type\":\"Latency\",\"service\":\" " + service + " \",\"summary\":\" p99 above SLO \","
                + "\"confidence\":0.3,\"labels\":{\"metric\":\"latency_ms\"}}";
        long id = Alerts.post(body).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("severity", equalTo("medium")).body("status", equalTo("firing")).body("deduplicated", equalTo(false))
                .body("fingerprint", notNullValue())
                .extract().jsonPath().getLong("id");

        Alerts.get(id).then().statusCode(200)
                .body("type", equalTo("latency")).body("service", equalTo(service)).body("summary", equalTo("p99 above SLO"))
                .body("confidence", equalTo(0.3f)).body("labels.metric", equalTo("latency_ms"))
                .body("occurrences", equalTo(1)).body("startsAt", notNullValue())
                .body("labels.alertname", equalTo("ForesightLatency")).body("labels.prediction_type", equalTo("latency"))
                .body("labels.severity", equalTo("medium")).body("annotations.summary", equalTo("p99 above SLO"))
                .body("notifications", equalTo(List.of()));
    }

    @Test
    void theServiceRunbookBecomesTheRunbookUrlAnnotation() {
        String service = Db.newService("runbook");
        String body = "{\"type\":\"failure\",\"service\":\"" + service + "\",\"summary\":\"disk fills in 2 h\","
                + "\"runbookUrl\":\"https://runbooks.example/" + service + "#disk\"}";
        long id = Alerts.post(body).then().statusCode(201).extract().jsonPath().getLong("id");
        Alerts.get(id).then().statusCode(200)
                .body("annotations.runbook_url", equalTo("https://runbooks.example/" + service + "#disk"));
    }

    static Stream<Arguments> badInput() {
        String tooManyLabels = IntStream.range(0, 33).mapToObj(i -> "\"l" + i + "\":\"v\"").collect(Collectors.joining(",", "{", "}"));
        return Stream.of(
                Arguments.of("missing type", "{\"service\":\"%s\",\"summary\":\"s\"}", "type", "is required"),
                Arguments.of("blank service", "{\"type\":\"failure\",\"service\":\"  \",\"summary\":\"s\"}", "service", "must not be blank"),
                Arguments.of("missing summary", "{\"type\":\"failure\",\"service\":\"%s\"}", "summary", "is required"),
                Arguments.of("confidence above 1", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"confidence\":1.5}",
                        "confidence", "must be between 0 and 1"),
                Arguments.of("confidence overflowing to infinity", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"confidence\":1e400}",
                        "confidence", "must be a finite number"),
                Arguments.of("confidence as a string", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"confidence\":\"0.9\"}",
                        "confidence", null),
                Arguments.of("negative time to failure", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"timeToFailureSeconds\":-1}",
                        "timeToFailureSeconds", "must be >= 0"),
                Arguments.of("time to failure overflowing", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"timeToFailureSeconds\":-1e999}",
                        "timeToFailureSeconds", "must be a finite number"),
                Arguments.of("a label that is a number", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"labels\":{\"region\":1}}",
                        "labels.region", null),
                Arguments.of("labels as a list", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"labels\":[\"a\"]}",
                        "labels", null),
                Arguments.of("33 labels", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"labels\":" + tooManyLabels + "}",
                        "labels", "must have at most 32 entries"),
                Arguments.of("NaN is not JSON", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"confidence\":NaN}",
                        "body", null),
                Arguments.of("a runbook that is not a link", "{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\",\"runbookUrl\":\"wiki page\"}",
                        "runbookUrl", "must be an absolute http(s) URL"),
                Arguments.of("not JSON at all", "type=failure&service=%s", "body", null),
                Arguments.of("a list instead of an alert", "[{\"type\":\"failure\",\"service\":\"%s\",\"summary\":\"s\"}]", "body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputNamingTheFieldAndStoresNothing(String name, String template, String field, String rule) {
        String service = Db.newService("bad-input");
        var problem = Alerts.post(template.formatted(service)).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("errors.field", hasItem(field))
                .extract().jsonPath();
        if (rule != null) {
            assertEquals(rule, problem.getString("errors.find { it.field == '" + field + "' }.rule"));
        }
        assertEquals(0, Db.alertsFor(service));
    }

    @Test
    void refusesAnUnregisteredService() {
        Alerts.post(Alerts.critical("no-such-service")).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("service"))
                .body("errors[0].rule", equalTo("unknown service \"no-such-service\"; register it with POST /services first"));
        assertEquals(0, Db.alertsFor("no-such-service"));
    }

    @Test
    void unknownAlertsAreNotFound() {
        Alerts.get(Long.MAX_VALUE).then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().header("Authorization", Alerts.WRITER).post("/alerts/" + Long.MAX_VALUE + "/acknowledge")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Alerts.WRITER).post("/alerts/" + Long.MAX_VALUE + "/resolve")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "note not a string | {\"note\":7} | note",
            "unknown field | {\"notes\":\"x\"} | notes",
            "not an object | [\"x\"] | body",
            "not JSON | {\"note\": | body"})
    void aBadResolveNoteIsAProblemAndResolvesNothing(String name, String body, String field) {
        String service = Db.newService("ledger");
        long id = Alerts.create(Alerts.json("latency", service, null, null));
        given().header("Authorization", Alerts.WRITER).contentType("application/json").body(body)
                .post("/alerts/" + id + "/resolve")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        Alerts.get(id).then().statusCode(200).body("status", equalTo("firing"));
    }

    @Test
    void aResolveNoteIsKept() {
        String service = Db.newService("ledger");
        long id = Alerts.create(Alerts.json("latency", service, null, null));
        given().header("Authorization", Alerts.WRITER).contentType("application/json")
                .body("{\"note\":\"rolled back release 4.2\"}").post("/alerts/" + id + "/resolve")
                .then().statusCode(200).body("status", equalTo("resolved"));
        Alerts.get(id).then().statusCode(200).body("resolutionNote", equalTo("rolled back release 4.2"));
        given().header("Authorization", Alerts.WRITER).contentType("application/json")
                .body("{\"note\":\"" + "y".repeat(2001) + "\"}").post("/alerts/" + id + "/resolve")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("note"));
    }

    @Test
    void acknowledgeThenResolve() {
        String service = Db.newService("ledger");
        long id = Alerts.create(Alerts.json("latency", service, null, null));

        String acknowledgedAt = given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("acknowledged")).body("acknowledgedBy", equalTo("test-client"))
                .extract().path("acknowledgedAt");
        given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/acknowledge")
                .then().statusCode(200).body("acknowledgedAt", equalTo(acknowledgedAt));
        given().header("Authorization", Alerts.WRITER).get("/alerts?status=active&limit=500")
                .then().statusCode(200).body("id", hasItem((int) id));

        given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/resolve")
                .then().statusCode(200).body("status", equalTo("resolved")).body("resolvedAt", notNullValue());
        given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/acknowledge")
                .then().statusCode(409).contentType(PROBLEM).body("detail", equalTo("alert " + id + " is resolved and cannot be acknowledged"));
        given().header("Authorization", Alerts.WRITER).post("/alerts/" + id + "/resolve")
                .then().statusCode(200).body("status", equalTo("resolved"));

        given().header("Authorization", Alerts.WRITER).get("/alerts?limit=500")
                .then().statusCode(200).body("id", not(hasItem((int) id)));
        given().header("Authorization", Alerts.WRITER).get("/alerts?status=all&limit=500")
                .then().statusCode(200).body("id", hasItem((int) id));

        // once resolved, the same alert starts a new one
        long again = Alerts.create(Alerts.json("latency", service, null, null));
        assertEquals(2, Db.alertsFor(service));
        assertNotEquals(id, again);
    }

    @Test
    void listParametersAreChecked() {
        given().header("Authorization", Alerts.WRITER).get("/alerts?status=open")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("status"));
        given().header("Authorization", Alerts.WRITER).get("/alerts?limit=0")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", Alerts.WRITER).get("/alerts?limit=ten")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void everyEndpointNeedsAToken() {
        given().get("/alerts").then().statusCode(401);
        given().get("/alerts/1").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Alerts.critical("x")).post("/alerts").then().statusCode(401);
        given().post("/alerts/1/acknowledge").then().statusCode(401);
        given().post("/alerts/1/resolve").then().statusCode(401);
        given().get("/stream/s1").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get("/alerts").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aTokenWhoseAudienceLacksAlertRouteIsRefused() {
        String predictOnly = "Bearer " + TestTokens.forAudiences(java.util.Set.of("foresight-predict"), "alerts:write");
        given().header("Authorization", predictOnly).get("/alerts").then().statusCode(401).contentType(PROBLEM);
        String alertRoute = "Bearer " + TestTokens.forAudiences(java.util.Set.of("foresight-alert-route"));
        given().header("Authorization", alertRoute).get("/alerts").then().statusCode(200);
    }

    @Test
    void mutationsNeedTheAlertsWriteScope() {
        String service = Db.newService("scoped");
        String reader = TestTokens.bearer("memory:write", "predict:write");
        given().header("Authorization", reader).contentType(ContentType.JSON).body(Alerts.critical(service))
                .post("/alerts").then().statusCode(403);
        assertEquals(0, Db.alertsFor(service));
        long id = Alerts.create(Alerts.json("latency", service, null, null));
        given().header("Authorization", reader).post("/alerts/" + id + "/acknowledge").then().statusCode(403);
        given().header("Authorization", reader).post("/alerts/" + id + "/resolve").then().statusCode(403);
        given().header("Authorization", reader).get("/alerts/" + id).then().statusCode(200).body("status", equalTo("firing"));
        given().header("Authorization", reader).get("/alerts").then().statusCode(200);
    }
}

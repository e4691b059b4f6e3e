package dev.foresight.monitortrigger.fleet.declared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.FleetVersions;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.FleetVersionRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fleet as a document over HTTP: apply, versions, rollback, reconciliation and the guard on the API. */
@QuarkusTest
class FleetApiTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String YAML = "application/yaml";

    @Inject
    FleetVersionRepository versions;

    private String a;
    private String b;
    private String c;

    @BeforeEach
    @AfterEach
    void noDeclaredFleet() {
        FleetVersions.forget(versions);
    }

    @BeforeEach
    void names() {
        a = Names.unique("api");
        b = Names.unique("db");
        c = Names.unique("cache");
    }

    private static ValidatableResponse post(String path, String yaml, String... scopes) {
        return given().header("Authorization", TestTokens.bearer(scopes)).contentType(YAML).body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(path).then().log().ifValidationFails();
    }

    private static ValidatableResponse get(String path) {
        return given().header("Authorization", TestTokens.bearer()).when().get(path).then().log().ifValidationFails();
    }

    private String first() {
        return """
                services:
                  - name: %s
                    healthUrl: http://127.0.0.1:1/health
                    runbookUrl: https://runbooks.example.com/api
                    limits: {latencySloMs: 300, errorRateLimit: 0.02}
                  - name: %s
                dependencies:
                  - {from: %s, to: %s, kind: critical, weight: 0.8}
                """.formatted(a, b, a, b);
    }

    private String second() {
        return """
                services:
                  - name: %s
                    limits: {latencySloMs: 250}
                  - name: %s
                dependencies:
                  - {from: %s, to: %s, kind: optional}
                """.formatted(a, c, a, c);
    }

    private List<String> registered() {
        return get("/services").statusCode(200).extract().jsonPath().getList("name", String.class);
    }

    @Test
    void appliesVersionsAndRollsBackInOneCall() {
        Api.service(Names.unique("left-over"), null); // registered before any fleet document: removed by reconciliation
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(201)
                .body("version", equalTo(1)).body("created", equalTo(true))
                .body("changes.servicesAdded", contains(a, b))
                .body("changes.dependenciesAdded", contains(a + " -> " + b));
        assertEquals(List.of(a, b), registered().stream().sorted().toList());
        get("/services/" + a).statusCode(200).body("latencySloMs", equalTo(300f)).body("errorRateLimit", equalTo(0.02f))
                .body("cpuLimit", equalTo(0.9f)).body("runbookUrl", equalTo("https://runbooks.example.com/api"))
                .body("healthUrl", equalTo("http://127.0.0.1:1/health"));
        get("/dependencies").statusCode(200).body("$", hasSize(1)).body("[0].kind", equalTo("critical"))
                .body("[0].weight", equalTo(0.8f));

        // the same document again: no new version, nothing changed
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(200).body("version", equalTo(1)).body("created", equalTo(false))
                .body("changes.servicesAdded", hasSize(0)).body("changes.servicesUpdated", hasSize(0));

        post("/fleet", second(), Api.FLEET_WRITE).statusCode(201).body("version", equalTo(2))
                .body("changes.servicesAdded", contains(c)).body("changes.servicesUpdated", contains(a))
                .body("changes.servicesRemoved", contains(b))
                .body("changes.dependenciesAdded", contains(a + " -> " + c))
                .body("changes.dependenciesRemoved", contains(a + " -> " + b));
        assertEquals(List.of(a, c), registered().stream().sorted().toList());
        get("/services/" + a).body("latencySloMs", equalTo(250f)).body("errorRateLimit", equalTo(0.05f))
                .body("runbookUrl", nullValue()).body("healthUrl", nullValue());

        get("/fleet/versions").statusCode(200).body("version", contains(2, 1)).body("current", contains(true, false))
                .body("origin", contains("api", "api")).body("[0].yaml", nullValue());
        get("/fleet").statusCode(200).body("version", equalTo(2)).body("yaml", equalTo(second()));

        post("/fleet/rollback", "", Api.FLEET_WRITE).statusCode(201).body("version", equalTo(3)).body("restoredFrom", equalTo(1))
                .body("changes.servicesAdded", contains(b)).body("changes.servicesRemoved", contains(c));
        assertEquals(List.of(a, b), registered().stream().sorted().toList());
        get("/fleet").body("version", equalTo(3)).body("origin", equalTo("rollback")).body("yaml", equalTo(first()));

        post("/fleet/rollback?to=2", "", Api.FLEET_WRITE).statusCode(201).body("version", equalTo(4)).body("restoredFrom", equalTo(2));
        assertEquals(List.of(a, c), registered().stream().sorted().toList());
        get("/fleet/versions/1").statusCode(200).body("yaml", equalTo(first())).body("current", equalTo(false));

        post("/fleet/rollback?to=9", "", Api.FLEET_WRITE).statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("fleet version 9 does not exist"));
        post("/fleet/rollback?to=first", "", Api.FLEET_WRITE).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void rollbackWithoutAnEarlierVersionIsAConflict() {
        post("/fleet/rollback", "", Api.FLEET_WRITE).statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("no fleet version was ever accepted: nothing to roll back to"));
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(201);
        post("/fleet/rollback", "", Api.FLEET_WRITE).statusCode(409)
                .body("detail", equalTo("fleet version 1 has no earlier document: nothing to roll back to"));
        get("/fleet/versions").body("$", hasSize(1));
    }

    @Test
    void releasingTheFleetHandsTheRegistrationsBackToTheApi() {
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(201);
        String stranger = Names.unique("stranger");
        json("POST", "/services", Map.of("name", stranger)).statusCode(409);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/fleet").then().statusCode(200)
                .body("version", equalTo(2)).body("changes.servicesRemoved", hasSize(0));
        get("/fleet").statusCode(404).contentType(PROBLEM).body("detail", equalTo("no fleet is declared: version 2 released it"
                + " (DELETE /fleet); POST /fleet or roll back to declare one again"));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/fleet").then().statusCode(409)
                .body("detail", equalTo("no fleet is declared: nothing to release"));
        assertEquals(List.of(a, b), registered().stream().filter(n -> n.equals(a) || n.equals(b)).sorted().toList());
        json("POST", "/services", Map.of("name", stranger)).statusCode(201);
        post("/fleet/rollback?to=2", "", Api.FLEET_WRITE).statusCode(409)
                .body("detail", equalTo("fleet version 2 is a release, not a document: DELETE /fleet releases the fleet"));
        // back to the document in force before the release; the stranger goes again
        post("/fleet/rollback", "", Api.FLEET_WRITE).statusCode(201).body("version", equalTo(3)).body("restoredFrom", equalTo(1))
                .body("changes.servicesRemoved", contains(stranger));
        assertEquals(List.of(a, b), registered().stream().sorted().toList());
        get("/fleet/versions").body("origin", contains("rollback", "release", "api"));
    }

    @Test
    void anInvalidDocumentIsRefusedWithEveryErrorAndChangesNothing() {
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(201);
        String bad = """
                services:
                  - name: %s
                  - name: %s
                    prometheus: {queries: {latency-ms: 'lat{s="{{servce}}"}'}}
                  - name: %s
                dependencies:
                  - {from: %s, to: paymnts, kind: critical}
                """.formatted(a, b, a, a);
        post("/fleet", bad, Api.FLEET_WRITE).statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Invalid fleet document"))
                .body("detail", equalTo("3 errors in the fleet document"))
                .body("errors.field", contains("services[1].prometheus.queries.latency-ms", "services[2].name", "dependencies[0].to"))
                .body("errors[1].rule", equalTo("\"" + a + "\" is declared twice (first at services[0])"))
                .body("errors[2].rule", equalTo("\"paymnts\" is not a declared service"));
        get("/fleet/versions").body("$", hasSize(1));
        assertEquals(List.of(a, b), registered().stream().sorted().toList());
    }

    @Test
    void aYamlSyntaxErrorIsA400NamingLineAndColumn() {
        post("/fleet", "services:\n  - name: x\n     healthUrl: http://x/health\n", Api.FLEET_WRITE).statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Unreadable fleet document"))
                .body("detail", equalTo("the fleet document is not valid YAML: line 3, column 15: mapping values are not allowed here"))
                .body("errors[0].field", equalTo("line 3, column 15"));
        get("/fleet").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aHealthUrlTheEgressPolicyRefusesIsAnError() {
        post("/fleet", "services:\n  - name: " + a + "\n    healthUrl: http://169.254.169.254/latest/meta-data\n", Api.FLEET_WRITE)
                .statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("services[0].healthUrl"))
                .body("errors[0].rule", containsString("is refused by the egress policy"));
        get("/fleet/versions").body("$", hasSize(0));
    }

    @Test
    void writesThatContradictTheDeclaredFleetAre409AndChangeNothing() {
        post("/fleet", first(), Api.FLEET_WRITE).statusCode(201);
        String declared = "the fleet is declared by fleet version 1 (api) and ";
        String advice = ": change the fleet document (POST /fleet, or the file and a restart) rather than the registrations";
        String stranger = Names.unique("stranger");
        json("POST", "/services", Map.of("name", stranger)).statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo(declared + "it does not declare service \"" + stranger + "\"" + advice));
        json("PUT", "/services/" + a, Map.of("latencySloMs", 900, "healthUrl", "http://127.0.0.1:1/health")).statusCode(409)
                .body("detail", equalTo(declared + "it declares service \"" + a + "\" with another runbookUrl, latencySloMs,"
                        + " errorRateLimit" + advice));
        // the declared values again contradict nothing
        json("PUT", "/services/" + a, Map.of("latencySloMs", 300, "errorRateLimit", 0.02, "healthUrl", "http://127.0.0.1:1/health",
                "runbookUrl", "https://runbooks.example.com/api")).statusCode(200);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/services/" + b + "?force=true")
                .then().statusCode(409).body("detail", equalTo(declared + "it declares service \"" + b + "\"" + advice));
        json("POST", "/dependencies", Map.of("service", b, "dependsOn", a, "kind", "optional")).statusCode(409)
                .body("detail", equalTo(declared + "it does not declare \"" + b + "\" depending on \"" + a + "\"" + advice));
        json("PUT", "/dependencies/" + a + "/" + b, Map.of("kind", "optional")).statusCode(409)
                .body("detail", equalTo(declared + "it declares \"" + a + "\" depending on \"" + b + "\" as critical with weight 0.8"
                        + advice));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/dependencies/" + a + "/" + b)
                .then().statusCode(409);
        // nothing changed
        assertEquals(List.of(a, b), registered().stream().sorted().toList());
        get("/services/" + a).body("latencySloMs", equalTo(300f));
        get("/dependencies").body("$", hasSize(1)).body("[0].kind", equalTo("critical"));
        get("/fleet/versions").body("$", hasSize(1));
    }

    @Test
    void withoutADeclaredFleetTheApiWritesFreely() {
        Api.service(a, null);
        Api.service(b, null);
        Api.dependency(a, b, "critical", 1.0);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/services/" + b + "?force=true")
                .then().statusCode(200);
    }

    @Test
    void theGraphReportsCyclesOfCriticalEdges() {
        Api.service(a, null);
        Api.service(b, null);
        Api.service(c, null);
        Api.dependency(a, b, "critical", 1.0);
        Api.dependency(b, c, "critical", 1.0);
        Api.dependency(c, a, "critical", 0.5);
        get("/dependencies/graph").statusCode(200)
                .body("criticalCycles.text", hasItem(a + " → " + b + " → " + c + " → " + a))
                .body("services", hasItem(c));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "optional", "weight", 0.5)).when().put("/dependencies/" + c + "/" + a).then().statusCode(200);
        get("/dependencies/graph").statusCode(200)
                .body("criticalCycles.text", not(hasItem(a + " → " + b + " → " + c + " → " + a)));
    }

    @Test
    void readingNeedsAnyTokenAndWritingNeedsFleetWrite() {
        post("/fleet", first()).statusCode(403);
        post("/fleet/rollback", "").statusCode(403);
        given().contentType(YAML).body(first().getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/fleet").then().statusCode(401);
        given().when().get("/fleet/versions").then().statusCode(401);
        get("/fleet/versions").statusCode(200).body("$", hasSize(0));
        assertEquals(List.of(), registered().stream().filter(n -> n.equals(a)).toList());
    }

    private static ValidatableResponse json(String method, String path, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON).body(body)
                .when().request(method, path).then().log().ifValidationFails();
    }
}

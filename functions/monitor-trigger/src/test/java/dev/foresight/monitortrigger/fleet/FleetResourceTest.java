package dev.foresight.monitortrigger.fleet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class FleetResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ServiceRepository services;
    @Inject
    DependencyRepository dependencies;

    private long servicesNamed(String name) {
        return Db.read(() -> services.count("name", name));
    }

    private long edgesFrom(String name) {
        return Db.read(() -> dependencies.count("service.name", name));
    }

    @Test
    void registersAServiceWithDefaultsAndListsIt() {
        String name = Names.unique("checkout");
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"healthUrl\":\"http://127.0.0.1:9/health\",\"latencySloMs\":250}")
                .when().post("/services")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("healthUrl", equalTo("http://127.0.0.1:9/health"))
                .body("latencySloMs", equalTo(250.0f))
                .body("errorRateLimit", equalTo(0.05f))
                .body("cpuLimit", equalTo(0.9f))
                .body("createdAt", notNullValue());

        given().header("Authorization", TestTokens.bearer())
                .when().get("/services")
                .then().statusCode(200)
                .body("name", hasItem(name));
    }

    @Test
    void duplicateNameIsAConflictAndStoresNothingMore() {
        String name = Names.unique("dup");
        Api.service(name, null);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\"}")
                .when().post("/services")
                .then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", equalTo("service \"" + name + "\" is already registered"));
        assertEquals(1, servicesNamed(name));
    }

    static Stream<Arguments> badServices() {
        return Stream.of(
                Arguments.of("missing name", "{\"healthUrl\":\"http://x/health\",\"tag\":\"%s\"}", "name", "is required"),
                Arguments.of("name with a space", "{\"name\":\"%s x\"}", "name", ServiceRules.NAME_RULE),
                Arguments.of("relative health URL", "{\"name\":\"%s\",\"healthUrl\":\"/health\"}", "healthUrl", "must be an absolute http(s) URL"),
                Arguments.of("zero latency SLO", "{\"name\":\"%s\",\"latencySloMs\":0}", "latencySloMs", "must be greater than 0"),
                Arguments.of("NaN latency SLO", "{\"name\":\"%s\",\"latencySloMs\":\"NaN\"}", "latencySloMs", "must be a finite number"),
                Arguments.of("negative error rate limit", "{\"name\":\"%s\",\"errorRateLimit\":-0.1}", "errorRateLimit", "must be greater than 0 and at most 1"),
                Arguments.of("cpu limit above 1", "{\"name\":\"%s\",\"cpuLimit\":1.5}", "cpuLimit", "must be greater than 0 and at most 1"),
                Arguments.of("memory limit 0", "{\"name\":\"%s\",\"memoryLimit\":0}", "memoryLimit", "must be greater than 0 and at most 1"),
                Arguments.of("wrong type", "{\"name\":\"%s\",\"latencySloMs\":\"fast\"}", "latencySloMs", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badServices")
    void badServiceIsRejectedNamingTheField(String caseName, String template, String field, String rule) {
        String name = Names.unique("bad");
        var response = given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(String.format(template, name))
                .when().post("/services")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
        if (rule != null) {
            response.body("errors[0].rule", equalTo(rule));
        }
        assertEquals(0, servicesNamed(name));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().post("/services")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void recordsADependencyAndListsIt() {
        String web = Names.unique("web");
        String db = Names.unique("db");
        Api.service(web, null);
        Api.service(db, null);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"service\":\"" + web + "\",\"dependsOn\":\"" + db + "\",\"kind\":\"critical\",\"weight\":0.8}")
                .when().post("/dependencies")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("service", equalTo(web))
                .body("dependsOn", equalTo(db))
                .body("kind", equalTo("critical"))
                .body("weight", equalTo(0.8f));

        given().header("Authorization", TestTokens.bearer())
                .when().get("/dependencies")
                .then().statusCode(200)
                .body("findAll { it.service == '" + web + "' }.dependsOn", hasItem(db));
    }

    @Test
    void duplicatePairIsAConflict() {
        String web = Names.unique("web");
        String db = Names.unique("db");
        Api.service(web, null);
        Api.service(db, null);
        Api.dependency(web, db, "critical", 1.0);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body("{\"service\":\"" + web + "\",\"dependsOn\":\"" + db + "\",\"kind\":\"optional\",\"weight\":0.2}")
                .when().post("/dependencies")
                .then().statusCode(409).contentType(PROBLEM);
        assertEquals(1, edgesFrom(web));
    }

    static Stream<Arguments> badDependencies() {
        return Stream.of(
                Arguments.of("unknown dependsOn", "{\"service\":\"%1$s\",\"dependsOn\":\"ghost-%1$s\",\"kind\":\"critical\",\"weight\":1}", 404, "dependsOn"),
                Arguments.of("unknown service", "{\"service\":\"ghost-%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"critical\",\"weight\":1}", 404, "service"),
                Arguments.of("kind not allowed", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"soft\",\"weight\":1}", 400, "kind"),
                Arguments.of("weight above 1", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"critical\",\"weight\":1.5}", 400, "weight"),
                Arguments.of("negative weight", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"critical\",\"weight\":-1}", 400, "weight"),
                Arguments.of("NaN weight", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"critical\",\"weight\":\"NaN\"}", 400, "weight"),
                Arguments.of("self-dependency", "{\"service\":\"%1$s\",\"dependsOn\":\"%1$s\",\"kind\":\"critical\",\"weight\":1}", 400, "dependsOn"),
                Arguments.of("missing kind", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"weight\":1}", 400, "kind"),
                Arguments.of("wrong type", "{\"service\":\"%1$s\",\"dependsOn\":\"%2$s\",\"kind\":\"critical\",\"weight\":[1]}", 400, "weight"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDependencies")
    void badDependencyIsRejectedNamingTheField(String caseName, String template, int status, String field) {
        String web = Names.unique("web");
        String db = Names.unique("db");
        Api.service(web, null);
        Api.service(db, null);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(String.format(template, web, db))
                .when().post("/dependencies")
                .then().statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("errors[0].field", equalTo(field));
        assertEquals(0, edgesFrom(web));
    }

    @Test
    void readingNeedsAToken() {
        given().when().get("/services").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer")).body("status", equalTo(401));
        given().when().get("/dependencies").then().statusCode(401);
    }

    @Test
    void writingNeedsFleetWrite() {
        String name = Names.unique("unauth");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}")
                .when().post("/services").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("monitor:write")).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\"}")
                .when().post("/services").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("predict:write")).contentType(ContentType.JSON)
                .body("{\"service\":\"a\",\"dependsOn\":\"b\",\"kind\":\"critical\",\"weight\":1}")
                .when().post("/dependencies").then().statusCode(403);
        assertEquals(0, servicesNamed(name));
    }
}

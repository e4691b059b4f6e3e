package dev.foresight.monitortrigger.fleet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.DependencyRepository;
import dev.foresight.shared.fleet.ServiceEntity;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GET, PUT and DELETE of /services/{name}: what changes, what is refused and what goes with a service. */
@QuarkusTest
class ServiceLifecycleTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ServiceRepository services;
    @Inject
    DependencyRepository dependencies;
    @Inject
    SnapshotRepository snapshots;

    private ServiceEntity stored(String name) {
        return Db.read(() -> services.findByName(name));
    }

    private static ValidatableResponse put(String name, String body) {
        return given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType(ContentType.JSON)
                .body(body).when().put("/services/" + name).then().log().ifValidationFails();
    }

    private static ValidatableResponse delete(String path) {
        return given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE))
                .when().delete(path).then().log().ifValidationFails();
    }

    @Test
    void readsOneServiceOrAnswers404() {
        String name = Names.unique("one");
        Api.service(name, "http://127.0.0.1:9/health");
        given().header("Authorization", TestTokens.bearer()).when().get("/services/" + name)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("healthUrl", equalTo("http://127.0.0.1:9/health"));
        given().header("Authorization", TestTokens.bearer()).when().get("/services/ghost-" + name)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("service \"ghost-" + name + "\" is not registered"));
    }

    @Test
    void updateReplacesTheSettings() {
        String name = Names.unique("upd");
        Api.service(name, "http://127.0.0.1:9/health");
        put(name, "{\"name\":\"" + name + "\",\"latencySloMs\":300,\"cpuLimit\":0.7}")
                .statusCode(200)
                .body("name", equalTo(name))
                .body("latencySloMs", equalTo(300.0f))
                .body("cpuLimit", equalTo(0.7f))
                .body("errorRateLimit", equalTo(0.05f))
                .body("healthUrl", nullValue());
        ServiceEntity row = stored(name);
        assertEquals(300.0, row.latencySloMs);
        assertEquals(0.7, row.cpuLimit);
        assertEquals(null, row.healthUrl);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("empty body", "", "body", "is required"),
                Arguments.of("null body", "null", "body", "is required"),
                Arguments.of("another name", "{\"name\":\"other\"}", "name", null),
                Arguments.of("unknown field", "{\"latencySlo\":300}", "latencySlo", null),
                Arguments.of("wrong type", "{\"latencySloMs\":\"fast\"}", "latencySloMs", null),
                Arguments.of("limit out of range", "{\"cpuLimit\":2}", "cpuLimit", "must be greater than 0 and at most 1"),
                Arguments.of("malformed JSON", "{\"cpuLimit\":", "body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void badUpdateChangesNothing(String caseName, String body, String field, String rule) {
        String name = Names.unique("badupd");
        Api.service(name, "http://127.0.0.1:9/health");
        ValidatableResponse response = put(name, body).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
        if (rule != null) {
            response.body("errors[0].rule", equalTo(rule));
        }
        ServiceEntity row = stored(name);
        assertEquals("http://127.0.0.1:9/health", row.healthUrl);
        assertEquals(0.9, row.cpuLimit);
    }

    @Test
    void updateOfAnUnknownOrMalformedNameIsRefused() {
        put(Names.unique("ghost"), "{}").statusCode(404).contentType(PROBLEM);
        put("bad%20name", "{}").statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
    }

    @Test
    void deleteIsRefusedWhileOthersDependOnIt() {
        String checkout = Names.unique("checkout");
        String frontend = Names.unique("frontend");
        String search = Names.unique("search");
        Api.service(checkout, null);
        Api.service(frontend, null);
        Api.service(search, null);
        Api.dependency(frontend, checkout, "critical", 1.0);
        Api.dependency(search, checkout, "optional", 0.5);

        delete("/services/" + checkout).statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", equalTo(frontend + " depends on " + checkout + " (critical); "
                        + search + " depends on " + checkout + " (optional)"))
                .body("dependents.service", contains(frontend, search))
                .body("dependents.kind", contains("critical", "optional"));
        assertEquals(checkout, stored(checkout).name);
        assertEquals(2L, (long) Db.read(() -> dependencies.count("dependsOn.name", checkout)));
    }

    @Test
    void forcedDeleteTakesEdgesAndSnapshotsWithIt() {
        String checkout = Names.unique("checkout");
        String frontend = Names.unique("frontend");
        String db = Names.unique("db");
        Api.service(checkout, null);
        Api.service(frontend, null);
        Api.service(db, null);
        Api.dependency(frontend, checkout, "critical", 1.0);
        Api.dependency(checkout, db, "critical", 1.0);
        Api.snapshots(checkout, 3);
        long id = stored(checkout).id;

        delete("/services/" + checkout + "?force=true").statusCode(200)
                .body("deleted", equalTo(checkout))
                .body("removedDependencies.service", containsInAnyOrder(frontend, checkout))
                .body("removedDependencies.dependsOn", containsInAnyOrder(checkout, db))
                .body("removedDependencies.kind", contains("critical", "critical"));
        assertEquals(null, stored(checkout));
        assertEquals(0L, (long) Db.read(() -> snapshots.count("serviceId", id)));
        assertEquals(0L, (long) Db.read(() -> dependencies.count("service.name = ?1 or dependsOn.name = ?1", checkout)));
        assertEquals(frontend, stored(frontend).name);
    }

    @Test
    void deleteWithoutDependentsAnswersTheSameShape() {
        String lone = Names.unique("lone");
        Api.service(lone, null);
        delete("/services/" + lone).statusCode(200)
                .body("deleted", equalTo(lone))
                .body("removedDependencies", empty());
        assertEquals(null, stored(lone));
        delete("/services/" + lone).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void forceMustBeABoolean() {
        String name = Names.unique("force");
        Api.service(name, null);
        delete("/services/" + name + "?force=yes").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("force"));
        assertEquals(name, stored(name).name);
    }

    @Test
    void changingNeedsFleetWrite() {
        String name = Names.unique("guarded");
        Api.service(name, null);
        given().header("Authorization", TestTokens.bearer("monitor:write")).contentType(ContentType.JSON)
                .body("{\"cpuLimit\":0.5}").when().put("/services/" + name)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("monitor:write"))
                .when().delete("/services/" + name + "?force=true")
                .then().statusCode(403).contentType(PROBLEM);
        given().when().delete("/services/" + name).then().statusCode(401);
        given().when().get("/services/" + name).then().statusCode(401);
        assertEquals(0.9, stored(name).cpuLimit);
    }
}

package dev.foresight.monitortrigger.fleet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.shared.fleet.DependencyEntity;
import dev.foresight.shared.fleet.DependencyRepository;
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

/** PUT and DELETE of /dependencies/{service}/{dependsOn}. */
@QuarkusTest
class DependencyLifecycleTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    DependencyRepository dependencies;

    private DependencyEntity edge(String service, String dependsOn) {
        return Db.read(() -> dependencies.find("service.name = ?1 and dependsOn.name = ?2", service, dependsOn).firstResult());
    }

    private static ValidatableResponse put(String path, String body, String... scopes) {
        return given().header("Authorization", TestTokens.bearer(scopes)).contentType(ContentType.JSON)
                .body(body).when().put(path).then().log().ifValidationFails();
    }

    private String[] pair() {
        String web = Names.unique("web");
        String db = Names.unique("db");
        Api.service(web, null);
        Api.service(db, null);
        Api.dependency(web, db, "critical", 1.0);
        return new String[] {web, db};
    }

    @Test
    void updatesKindAndWeight() {
        String[] p = pair();
        put("/dependencies/" + p[0] + "/" + p[1], "{\"kind\":\"optional\",\"weight\":0.3}", Api.FLEET_WRITE)
                .statusCode(200)
                .body("service", equalTo(p[0]))
                .body("dependsOn", equalTo(p[1]))
                .body("kind", equalTo("optional"))
                .body("weight", equalTo(0.3f));
        DependencyEntity row = edge(p[0], p[1]);
        assertEquals("optional", row.kind);
        assertEquals(0.3, row.weight);
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("empty body", "", "body"),
                Arguments.of("missing kind", "{\"weight\":0.5}", "kind"),
                Arguments.of("kind not allowed", "{\"kind\":\"soft\"}", "kind"),
                Arguments.of("weight above 1", "{\"kind\":\"optional\",\"weight\":2}", "weight"),
                Arguments.of("wrong type", "{\"kind\":\"optional\",\"weight\":\"high\"}", "weight"),
                Arguments.of("unknown field", "{\"kind\":\"optional\",\"dependsOn\":\"x\"}", "dependsOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void badUpdateChangesNothing(String caseName, String body, String field) {
        String[] p = pair();
        put("/dependencies/" + p[0] + "/" + p[1], body, Api.FLEET_WRITE)
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
        assertEquals("critical", edge(p[0], p[1]).kind);
    }

    @Test
    void unknownEdgeIs404() {
        String[] p = pair();
        put("/dependencies/" + p[1] + "/" + p[0], "{\"kind\":\"optional\"}", Api.FLEET_WRITE)
                .statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("\"" + p[1] + "\" does not depend on \"" + p[0] + "\""));
        put("/dependencies/ghost-" + p[0] + "/" + p[1], "{\"kind\":\"optional\"}", Api.FLEET_WRITE)
                .statusCode(404).contentType(PROBLEM)
                .body("errors[0].field", equalTo("service"));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE))
                .when().delete("/dependencies/" + p[1] + "/" + p[0])
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void deleteRemovesTheEdgeOnly() {
        String[] p = pair();
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE))
                .when().delete("/dependencies/" + p[0] + "/" + p[1])
                .then().statusCode(204);
        assertEquals(null, edge(p[0], p[1]));
        given().header("Authorization", TestTokens.bearer()).when().get("/services/" + p[1]).then().statusCode(200);
    }

    @Test
    void changingNeedsFleetWrite() {
        String[] p = pair();
        put("/dependencies/" + p[0] + "/" + p[1], "{\"kind\":\"optional\"}", "monitor:write")
                .statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("predict:write"))
                .when().delete("/dependencies/" + p[0] + "/" + p[1])
                .then().statusCode(403).contentType(PROBLEM);
        assertEquals("critical", edge(p[0], p[1]).kind);
    }
}

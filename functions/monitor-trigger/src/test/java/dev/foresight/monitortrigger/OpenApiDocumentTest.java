package dev.foresight.monitortrigger;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.OpenApiContract;
import dev.foresight.shared.testing.ServedOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint monitor-trigger serves is in /q/openapi with the scopes it needs. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final List<String> ANY_TOKEN = List.of();
    private static final List<String> FLEET_WRITE = List.of("fleet:write");

    @Test
    void documentsEveryServedOperation() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiContract.check(json, ServedOperations.in("dev.foresight.monitortrigger"),
                ServedOperations.takingABody("dev.foresight.monitortrigger"), Map.ofEntries(
                Map.entry("GET /services", ANY_TOKEN),
                Map.entry("POST /services", FLEET_WRITE),
                Map.entry("GET /services/{name}", ANY_TOKEN),
                Map.entry("PUT /services/{name}", FLEET_WRITE),
                Map.entry("DELETE /services/{name}", FLEET_WRITE),
                Map.entry("GET /dependencies", ANY_TOKEN),
                Map.entry("GET /dependencies/graph", ANY_TOKEN),
                Map.entry("GET /fleet", ANY_TOKEN),
                Map.entry("POST /fleet", FLEET_WRITE),
                Map.entry("DELETE /fleet", FLEET_WRITE),
                Map.entry("GET /fleet/versions", ANY_TOKEN),
                Map.entry("GET /fleet/versions/{version}", ANY_TOKEN),
                Map.entry("POST /fleet/rollback", FLEET_WRITE),
                Map.entry("POST /dependencies", FLEET_WRITE),
                Map.entry("PUT /dependencies/{service}/{dependsOn}", FLEET_WRITE),
                Map.entry("DELETE /dependencies/{service}/{dependsOn}", FLEET_WRITE),
                Map.entry("GET /snapshots", ANY_TOKEN),
                Map.entry("POST /snapshots", FLEET_WRITE),
                Map.entry("POST /monitor-trigger", List.of("monitor:write"))));
    }
}

package dev.foresight.alertroute;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.OpenApiContract;
import dev.foresight.shared.testing.ServedOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint alert-route serves is in /q/openapi with the scopes it needs. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final List<String> ANY_TOKEN = List.of();
    private static final List<String> ALERTS_WRITE = List.of("alerts:write");

    @Test
    void documentsEveryServedOperation() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiContract.check(json, ServedOperations.in("dev.foresight.alertroute"),
                ServedOperations.takingABody("dev.foresight.alertroute"), Map.of(
                "POST /alerts", ALERTS_WRITE,
                "GET /alerts", ANY_TOKEN,
                "GET /alerts/{id}", ANY_TOKEN,
                "POST /alerts/{id}/acknowledge", ALERTS_WRITE,
                "POST /alerts/{id}/resolve", ALERTS_WRITE,
                "GET /stream/{sessionId}", ANY_TOKEN,
                "GET /console/config.json", OpenApiContract.PUBLIC));
    }
}

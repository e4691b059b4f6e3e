package dev.foresight.predict;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.OpenApiContract;
import dev.foresight.shared.testing.ServedOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint predict serves, the funqy function included, is in /q/openapi with its scopes. */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    void documentsEveryServedOperation() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiContract.check(json, ServedOperations.in("dev.foresight.predict"),
                ServedOperations.takingABody("dev.foresight.predict"), Map.of(
                "POST /predict", List.of("predict:write"),
                "POST /predict/batch", List.of("predict:write"),
                "GET /forecasts/{service}", List.of(),
                "GET /predictions", List.of(),
                "GET /decisions", List.of()));
    }
}

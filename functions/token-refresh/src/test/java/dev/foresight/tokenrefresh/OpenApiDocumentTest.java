package dev.foresight.tokenrefresh;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.OpenApiContract;
import dev.foresight.shared.testing.ServedOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint token-refresh serves is in /q/openapi with the scopes it needs. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final List<String> ADMIN = List.of("clients:admin");

    @Test
    void documentsEveryServedOperation() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiContract.check(json, ServedOperations.in("dev.foresight.tokenrefresh"),
                ServedOperations.takingABody("dev.foresight.tokenrefresh"), Map.of(
                "POST /token", OpenApiContract.PUBLIC,
                "GET /.well-known/jwks.json", OpenApiContract.PUBLIC,
                "POST /clients", ADMIN,
                "GET /clients", ADMIN,
                "GET /clients/{clientId}", ADMIN,
                "PUT /clients/{clientId}", ADMIN,
                "DELETE /clients/{clientId}", ADMIN));
    }
}

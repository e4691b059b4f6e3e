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
                ServedOperations.takingABody("dev.foresight.tokenrefresh"), Map.ofEntries(
                Map.entry("POST /token", OpenApiContract.PUBLIC),
                Map.entry("POST /revoke", OpenApiContract.PUBLIC),
                Map.entry("POST /introspect", OpenApiContract.PUBLIC),
                Map.entry("POST /logout", OpenApiContract.PUBLIC),
                Map.entry("GET /audit", ADMIN),
                Map.entry("GET /.well-known/jwks.json", OpenApiContract.PUBLIC),
                Map.entry("POST /clients", ADMIN),
                Map.entry("GET /clients", ADMIN),
                Map.entry("GET /clients/{clientId}", ADMIN),
                Map.entry("PUT /clients/{clientId}", ADMIN),
                Map.entry("DELETE /clients/{clientId}", ADMIN),
                Map.entry("POST /api-keys", ADMIN),
                Map.entry("GET /api-keys", ADMIN),
                Map.entry("GET /api-keys/{keyId}", ADMIN),
                Map.entry("POST /api-keys/{keyId}/rotate", ADMIN),
                Map.entry("DELETE /api-keys/{keyId}", ADMIN),
                Map.entry("POST /keys/rotate", ADMIN)));
    }
}

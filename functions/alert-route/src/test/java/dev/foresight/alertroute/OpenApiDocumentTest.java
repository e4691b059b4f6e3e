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
                ServedOperations.takingABody("dev.foresight.alertroute"), Map.ofEntries(
                Map.entry("POST /alerts", ALERTS_WRITE),
                Map.entry("GET /alerts", ANY_TOKEN),
                Map.entry("GET /alerts/{id}", ANY_TOKEN),
                Map.entry("POST /alerts/{id}/acknowledge", ALERTS_WRITE),
                Map.entry("POST /alerts/{id}/resolve", ALERTS_WRITE),
                Map.entry("GET /stream/{sessionId}", ANY_TOKEN),
                Map.entry("GET /stream/{sessionId}/status", ANY_TOKEN),
                Map.entry("GET /console/config.json", OpenApiContract.PUBLIC),
                Map.entry("POST /api/v2/alerts", ALERTS_WRITE),
                Map.entry("GET /api/v2/alerts", ANY_TOKEN),
                Map.entry("GET /api/v2/alerts/groups", ANY_TOKEN),
                Map.entry("GET /api/v2/receivers", ANY_TOKEN),
                Map.entry("GET /api/v2/status", ANY_TOKEN),
                Map.entry("GET /api/v2/silences", ANY_TOKEN),
                Map.entry("POST /api/v2/silences", ALERTS_WRITE),
                Map.entry("GET /api/v2/silence/{silenceID}", ANY_TOKEN),
                Map.entry("DELETE /api/v2/silence/{silenceID}", ALERTS_WRITE),
                Map.entry("POST /-/reload", ALERTS_WRITE),
                Map.entry("GET /-/ready", OpenApiContract.PUBLIC),
                Map.entry("GET /-/healthy", OpenApiContract.PUBLIC),
                Map.entry("GET /config/versions", ANY_TOKEN),
                Map.entry("GET /config/versions/{version}", ANY_TOKEN),
                Map.entry("POST /config/versions/{version}/rollback", ALERTS_WRITE)));
    }

    @Test
    void documentsTheResolveNoteAndTheSimilarIncidents() throws Exception {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        var body = document.path("paths").path("/alerts/{id}/resolve").path("post").path("requestBody");
        org.junit.jupiter.api.Assertions.assertFalse(body.path("required").asBoolean(false), "the note is optional: " + body);
        String ref = body.path("content").path("application/json").path("schema").path("$ref").asText();
        var schemas = document.path("components").path("schemas");
        org.junit.jupiter.api.Assertions.assertTrue(schemas.path(ref.substring(ref.lastIndexOf('/') + 1))
                .path("properties").has("note"), "resolve body: " + body);
        var view = schemas.path("AlertView").path("properties");
        org.junit.jupiter.api.Assertions.assertTrue(view.has("similarIncidents") && view.has("resolutionNote"), view.toString());
        org.junit.jupiter.api.Assertions.assertTrue(schemas.path("SimilarIncident").path("properties").has("resolution"));
    }
}

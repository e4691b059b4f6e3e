package dev.foresight.embed;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.OpenApiContract;
import dev.foresight.shared.testing.ServedOperations;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint embed serves is in /q/openapi with the scopes it needs. */
@QuarkusTest
class OpenApiDocumentTest {
    private static final List<String> ANY_TOKEN = List.of();
    private static final List<String> MEMORY_WRITE = List.of("memory:write");

    @Test
    void documentsEveryServedOperation() {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiContract.check(json, ServedOperations.in("dev.foresight.embed"),
                ServedOperations.takingABody("dev.foresight.embed"), Map.of(
                "POST /embed", ANY_TOKEN,
                "POST /patterns", ANY_TOKEN,
                "POST /memories", MEMORY_WRITE,
                "GET /memories", ANY_TOKEN,
                "GET /memories/search", ANY_TOKEN,
                "GET /memories/{id}", ANY_TOKEN,
                "PUT /memories/{id}", MEMORY_WRITE,
                "DELETE /memories/{id}", MEMORY_WRITE));
    }

    @Test
    void documentsTheSearchFilters() throws Exception {
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        var parameters = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                .path("paths").path("/memories/search").path("get").path("parameters");
        java.util.Set<String> names = new java.util.TreeSet<>();
        parameters.forEach(p -> names.add(p.path("in").asText() + ":" + p.path("name").asText()));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("query:q", "query:k", "query:kind", "query:service",
                "query:since", "query:until", "query:mode"), names);
    }
}

package dev.foresight.embed.memory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MemoryResourceTest {
    /** Rows of this kind belong to this run only; they are deleted after each test. */
    static final String KIND = "test-memory-" + UUID.randomUUID();
    static final String POOL = "PostgreSQL connection pool exhausted on checkout-db";
    static final String CERT = "TLS certificate for api.example.com expires in 3 days";
    static final String DISK = "Disk /var/lib/kafka is 97% full on broker-2";

    @Inject
    Pool pool;

    @AfterEach
    void deleteTestRows() {
        pool.preparedQuery("DELETE FROM memories WHERE kind = $1").execute(Tuple.of(KIND)).await().indefinitely();
    }

    @Test
    void storesAMemoryWithItsMetadata() {
        given().header("Authorization", TestTokens.bearer("memory:write")).contentType(ContentType.JSON)
                .body(Map.of("text", POOL, "kind", KIND, "metadata", Map.of("service", "checkout", "severity", "high")))
                .when().post("/memories")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("text", equalTo(POOL))
                .body("kind", equalTo(KIND))
                .body("metadata.service", equalTo("checkout"))
                .body("createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*"));
        assertEquals(1, rowsOfTestKind());
    }

    @Test
    void searchReturnsTheNearestInMeaningFirst() {
        List.of(CERT, POOL, DISK).forEach(MemoryResourceTest::remember);

        Response found = search(Map.of("q", "too many connections to the postgres database", "kind", KIND, "k", "3"));

        found.then().statusCode(200).body("$", hasSize(3));
        List<String> texts = found.jsonPath().getList("text", String.class);
        List<Float> similarities = found.jsonPath().getList("similarity", Float.class);
        assertEquals(POOL, texts.get(0));
        assertTrue(similarities.get(0) > similarities.get(1) && similarities.get(1) >= similarities.get(2),
                "ordered by similarity: " + similarities);
        assertTrue(similarities.get(0) > 0.4 && similarities.get(0) <= 1.0001, "similarity " + similarities.get(0));
        assertEquals(KIND, found.jsonPath().getString("[0].kind"));
    }

    @Test
    void kLimitsTheResults() {
        List.of(CERT, POOL, DISK).forEach(MemoryResourceTest::remember);

        search(Map.of("q", "disk space", "kind", KIND, "k", "2")).then().statusCode(200)
                .body("$", hasSize(2)).body("[0].text", equalTo(DISK));
        search(Map.of("q", "disk space", "kind", KIND, "k", "1")).then().statusCode(200).body("$", hasSize(1));
    }

    @ParameterizedTest(name = "k={0}")
    @ValueSource(strings = {"0", "51", "-3", "many"})
    void kOutOfBoundsIsAProblem(String k) {
        search(Map.of("q", "disk space", "k", k)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("k"));
    }

    @Test
    void searchNeedsAQuery() {
        search(Map.of("kind", KIND)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("q"));
    }

    static Stream<Arguments> badMemories() {
        return Stream.of(
                Arguments.of("text missing", "{\"kind\":\"" + KIND + "\"}", "text"),
                Arguments.of("text blank", "{\"text\":\" \",\"kind\":\"" + KIND + "\"}", "text"),
                Arguments.of("text too long", "{\"text\":\"" + "y".repeat(8001) + "\",\"kind\":\"" + KIND + "\"}", "text"),
                Arguments.of("kind missing", "{\"text\":\"db down\"}", "kind"),
                Arguments.of("kind not an identifier", "{\"text\":\"db down\",\"kind\":\"Test Kind\"}", "kind"),
                Arguments.of("metadata not an object", "{\"text\":\"db down\",\"kind\":\"" + KIND + "\",\"metadata\":\"x\"}", "metadata"),
                Arguments.of("text not a string", "{\"text\":7,\"kind\":\"" + KIND + "\"}", "text"),
                Arguments.of("not JSON", "{\"text\":", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMemories")
    void badMemoryIsAProblemAndNothingIsStored(String name, String body, String field) {
        given().header("Authorization", TestTokens.bearer("memory:write")).contentType(ContentType.JSON).body(body)
                .when().post("/memories")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
        assertEquals(0, rowsOfTestKind());
    }

    @Test
    void storingNeedsTheMemoryWriteScope() {
        Map<String, Object> memory = Map.of("text", POOL, "kind", KIND);
        given().contentType(ContentType.JSON).body(memory).when().post("/memories").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("fleet:write", "alerts:write")).contentType(ContentType.JSON)
                .body(memory).when().post("/memories").then().statusCode(403);
        assertEquals(0, rowsOfTestKind());
    }

    @Test
    void searchingNeedsAToken() {
        given().queryParam("q", "disk").when().get("/memories/search").then().statusCode(401);
    }

    private static void remember(String text) {
        given().header("Authorization", TestTokens.bearer("memory:write")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "kind", KIND))
                .when().post("/memories").then().statusCode(201);
    }

    private static Response search(Map<String, String> query) {
        return given().header("Authorization", TestTokens.bearer()).queryParams(new HashMap<>(query))
                .when().get("/memories/search");
    }

    private long rowsOfTestKind() {
        return pool.preparedQuery("SELECT count(*) FROM memories WHERE kind = $1").execute(Tuple.of(KIND))
                .await().indefinitely().iterator().next().getLong(0);
    }
}

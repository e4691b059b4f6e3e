package dev.foresight.embed.memory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GET, PUT and DELETE of /memories: listing, re-embedding on change, and refusals that change nothing. */
@QuarkusTest
class MemoryLifecycleTest {
    static final String KIND = "test-lifecycle-" + UUID.randomUUID();
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Pool pool;

    @AfterEach
    void deleteTestRows() {
        pool.preparedQuery("DELETE FROM memories WHERE kind = $1").execute(Tuple.of(KIND)).await().indefinitely();
    }

    private static int remember(String text, String service) {
        return given().header("Authorization", TestTokens.bearer("memory:write")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "kind", KIND, "metadata", Map.of("service", service)))
                .when().post("/memories").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse put(Object id, String body, String... scopes) {
        return given().header("Authorization", TestTokens.bearer(scopes)).contentType(ContentType.JSON)
                .body(body).when().put("/memories/" + id).then().log().ifValidationFails();
    }

    private Row row(int id) {
        var rows = pool.preparedQuery("SELECT text, kind, embedding::text AS vector FROM memories WHERE id = $1")
                .execute(Tuple.of((long) id)).await().indefinitely();
        return rows.iterator().hasNext() ? rows.iterator().next() : null;
    }

    @Test
    void listsNewestFirstFilteredByKindAndService() {
        int first = remember("Checkout latency above SLO after deploy", "checkout");
        int second = remember("Search index rebuild saturated the CPU", "search");
        int third = remember("Checkout pool exhausted during the sale", "checkout");
        given().header("Authorization", TestTokens.bearer()).when().get("/memories?kind=" + KIND)
                .then().statusCode(200).body("id", contains(third, second, first));
        given().header("Authorization", TestTokens.bearer()).when().get("/memories?kind=" + KIND + "&service=checkout&limit=1")
                .then().statusCode(200).body("id", contains(third));
        given().header("Authorization", TestTokens.bearer()).when().get("/memories/" + second)
                .then().statusCode(200)
                .body("text", equalTo("Search index rebuild saturated the CPU"))
                .body("metadata.service", equalTo("search"));
    }

    @Test
    void updateReplacesTheTextAndItsVector() {
        int id = remember("Disk on broker-2 is 97% full", "kafka");
        String before = row(id).getString("vector");
        put(id, "{\"text\":\"TLS certificate for api.example.com expires in 3 days\",\"kind\":\"" + KIND
                + "\",\"metadata\":{\"service\":\"gateway\"}}", "memory:write")
                .statusCode(200)
                .body("id", equalTo(id))
                .body("text", equalTo("TLS certificate for api.example.com expires in 3 days"))
                .body("metadata.service", equalTo("gateway"));
        Row after = row(id);
        assertEquals("TLS certificate for api.example.com expires in 3 days", after.getString("text"));
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after.getString("vector"));
        given().header("Authorization", TestTokens.bearer())
                .when().get("/memories/search?q=certificate expiry&k=1&kind=" + KIND)
                .then().statusCode(200).body("id", contains(id));
    }

    static Stream<Arguments> badUpdates() {
        return Stream.of(
                Arguments.of("empty body", "", "body"),
                Arguments.of("blank text", "{\"text\":\" \",\"kind\":\"incident\"}", "text"),
                Arguments.of("bad kind", "{\"text\":\"x\",\"kind\":\"Not A Kind\"}", "kind"),
                Arguments.of("unknown field", "{\"text\":\"x\",\"kind\":\"incident\",\"service\":\"a\"}", "service"),
                Arguments.of("wrong type", "{\"text\":42,\"kind\":\"incident\"}", "text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUpdates")
    void badUpdateChangesNothing(String caseName, String body, String field) {
        int id = remember("Disk on broker-2 is 97% full", "kafka");
        put(id, body, "memory:write").statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
        assertEquals("Disk on broker-2 is 97% full", row(id).getString("text"));
        assertEquals(KIND, row(id).getString("kind"));
    }

    @Test
    void deleteRemovesTheMemory() {
        int id = remember("Disk on broker-2 is 97% full", "kafka");
        given().header("Authorization", TestTokens.bearer("memory:write")).when().delete("/memories/" + id)
                .then().statusCode(204);
        assertEquals(null, row(id));
        given().header("Authorization", TestTokens.bearer()).when().get("/memories/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("memory:write")).when().delete("/memories/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    static Stream<Arguments> badReads() {
        return Stream.of(
                Arguments.of("id not a number", "/memories/abc", "id"),
                Arguments.of("id zero", "/memories/0", "id"),
                Arguments.of("limit above 1000", "/memories?limit=1001", "limit"),
                Arguments.of("limit not a number", "/memories?limit=ten", "limit"),
                Arguments.of("bad kind", "/memories?kind=Not%20A%20Kind", "kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void badReadIsAProblemNamingTheParameter(String caseName, String path, String field) {
        given().header("Authorization", TestTokens.bearer()).when().get(path)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
    }

    @Test
    void changingNeedsMemoryWrite() {
        int id = remember("Disk on broker-2 is 97% full", "kafka");
        put(id, "{\"text\":\"changed\",\"kind\":\"" + KIND + "\"}", "fleet:write").statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("fleet:write")).when().delete("/memories/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/memories/" + id).then().statusCode(401);
        assertEquals("Disk on broker-2 is 97% full", row(id).getString("text"));
        given().header("Authorization", TestTokens.bearer()).when().get("/memories?kind=" + KIND)
                .then().statusCode(200).body("", hasSize(1));
    }
}

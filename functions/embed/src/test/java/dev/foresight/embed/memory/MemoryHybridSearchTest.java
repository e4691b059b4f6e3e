package dev.foresight.embed.memory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /memories/search} ranking meaning and exact terms together, with the real model and
 * the real pgvector and full-text indexes. Every memory here has a kind unique to the run, and
 * every search filters on it, so other rows in the table cannot change the ranks.
 */
@QuarkusTest
class MemoryHybridSearchTest {
    static final String KIND = "test-hybrid-" + UUID.randomUUID();
    static final String OTHER_KIND = "test-hybrid-other-" + UUID.randomUUID();

    /** Close in meaning to the query, without its hostname. */
    static final List<String> NEAR = List.of(
            "connection refused by the checkout database",
            "checkout service cannot connect to its database: connection refused",
            "database connections refused for checkout during failover",
            "postgres refused new connections from checkout");
    /** Carries the query's hostname, about something else. */
    static final String EXACT = "disk quota reached on db-17.eu.internal, nightly backup refused the connection";
    static final String QUERY = "connection refused on db-17.eu.internal";

    @Inject
    Pool pool;

    @AfterEach
    void deleteTestRows() {
        pool.preparedQuery("DELETE FROM memories WHERE kind = any($1)").execute(Tuple.of(new String[] {KIND, OTHER_KIND}))
                .await().indefinitely();
    }

    @Test
    void anExactTermThatTheVectorRanksLowSurfacesInHybrid() {
        NEAR.forEach(text -> MemoryFixtures.remember(text, KIND, "checkout"));
        long exact = MemoryFixtures.remember(EXACT, KIND, "storage");

        List<Map<String, Object>> vector = search(Map.of("q", QUERY, "kind", KIND, "mode", "vector"));
        List<Map<String, Object>> hybrid = search(Map.of("q", QUERY, "kind", KIND));

        int vectorPlace = place(vector, exact);
        int hybridPlace = place(hybrid, exact);
        assertTrue(vectorPlace > 1, "the vector side alone does not put the hostname's memory first: " + ids(vector));
        assertEquals(1, hybridPlace, "hybrid puts the only memory with every query term first: " + ids(hybrid));
        assertEquals(vectorPlace, explanation(hybrid.get(0)).get("vectorRank"), "its vector rank is the vector-only place");
        assertEquals(1, explanation(hybrid.get(0)).get("textRank"));
        assertEquals(5, hybrid.size());
        assertEquals(List.of(exact), ids(search(Map.of("q", QUERY, "kind", KIND, "mode", "text"))),
                "the text side finds only the memory with all the terms");
    }

    @Test
    void theFiltersHoldOnBothSidesOfAHybridSearch() {
        long wanted = MemoryFixtures.remember(EXACT, KIND, "storage");
        long otherService = MemoryFixtures.remember(EXACT, KIND, "payments");
        long otherKind = MemoryFixtures.remember(EXACT, OTHER_KIND, "storage");
        long old = MemoryFixtures.remember(EXACT, KIND, "storage");
        MemoryFixtures.backdate(pool, old, "2026-01-10T00:00:00Z");
        long near = MemoryFixtures.remember(NEAR.get(0), KIND, "storage");

        for (String mode : List.of("hybrid", "text", "vector")) {
            List<Long> found = ids(search(Map.of("q", QUERY, "kind", KIND, "service", "storage",
                    "since", "2026-02-01T00:00:00Z", "mode", mode)));
            List<Long> expected = mode.equals("text") ? List.of(wanted) : List.of(wanted, near);
            assertEquals(expected, found.stream().sorted().toList(), mode + " keeps to kind, service and since");
            assertFalse(found.contains(otherService) || found.contains(otherKind) || found.contains(old), mode);
        }
        assertEquals(List.of(old), ids(search(Map.of("q", QUERY, "kind", KIND, "until", "2026-02-01T00:00:00Z"))),
                "until keeps only the older one");
    }

    @Test
    void eachHitExplainsItsFusedScore() {
        NEAR.forEach(text -> MemoryFixtures.remember(text, KIND, "checkout"));
        MemoryFixtures.remember(EXACT, KIND, "storage");

        for (String mode : List.of("hybrid", "vector", "text")) {
            List<Map<String, Object>> hits = search(Map.of("q", QUERY, "kind", KIND, "mode", mode));
            assertFalse(hits.isEmpty(), mode);
            double previous = Double.MAX_VALUE;
            for (Map<String, Object> hit : hits) {
                Map<String, Object> why = explanation(hit);
                Integer vectorRank = (Integer) why.get("vectorRank");
                Integer textRank = (Integer) why.get("textRank");
                double fused = ((Number) why.get("fusedScore")).doubleValue();
                double expected = (vectorRank == null ? 0 : 1.0 / (60 + vectorRank)) + (textRank == null ? 0 : 1.0 / (60 + textRank));
                assertEquals(expected, fused, 1e-12, mode + ": fused score is the formula over the ranks " + why);
                assertTrue(fused <= previous, mode + ": hits come by fused score");
                previous = fused;
                assertEquals(((Number) hit.get("similarity")).doubleValue(), ((Number) why.get("vectorSimilarity")).doubleValue());
                assertEquals(textRank == null, why.get("textScore") == null, mode + ": a text score goes with a text rank");
                switch (mode) {
                    case "vector" -> {
                        assertNotNull(vectorRank);
                        assertNull(textRank);
                        assertEquals("1/(60 + vectorRank)", why.get("formula"));
                    }
                    case "text" -> {
                        assertNull(vectorRank);
                        assertNotNull(textRank);
                        assertTrue(((Number) why.get("textScore")).doubleValue() > 0);
                        assertEquals("1/(60 + textRank)", why.get("formula"));
                    }
                    default -> assertEquals("1/(60 + vectorRank) + 1/(60 + textRank), a missing rank adding 0",
                            why.get("formula"));
                }
            }
        }
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"the and of", "\"unclosed", "-", "or or", "!:*&|<->()", "'; DROP TABLE memories; --"})
    void aQueryWithNoUsableTermsFindsNoTextMatchAndNoError(String q) {
        long near = MemoryFixtures.remember(NEAR.get(0), KIND, "checkout");

        assertEquals(List.of(), ids(search(Map.of("q", q, "kind", KIND, "mode", "text"))));
        assertEquals(List.of(near), ids(search(Map.of("q", q, "kind", KIND))), "hybrid falls back on the vector side");
    }

    @Test
    void anUnknownModeIsAProblemNamingTheAllowedOnes() {
        given().header("Authorization", TestTokens.bearer()).queryParams(Map.of("q", "disk", "mode", "bm25"))
                .when().get("/memories/search")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("mode"))
                .body("errors[0].rule", containsString("hybrid, vector, text"));
    }

    private static List<Map<String, Object>> search(Map<String, String> query) {
        // doubles, not RestAssured's default floats: the fused score is checked to 1e-12
        return given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .header("Authorization", TestTokens.bearer()).queryParams(new HashMap<>(query)).queryParam("k", "10")
                .when().get("/memories/search")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> explanation(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("explanation");
    }

    private static List<Long> ids(List<Map<String, Object>> hits) {
        return hits.stream().map(hit -> ((Number) hit.get("id")).longValue()).toList();
    }

    /** 1-based place of {@code id} among {@code hits}, or 0 when absent. */
    private static int place(List<Map<String, Object>> hits, long id) {
        return ids(hits).indexOf(id) + 1;
    }
}

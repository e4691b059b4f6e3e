package dev.foresight.embed.memory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code GET /memories/search} with kind, service and time-range filters, against the real pgvector table. */
@QuarkusTest
class MemorySearchFilterTest {
    /** Kinds unique to this run: the filters are checked among these rows only. */
    static final String INCIDENT = "test-incident-" + UUID.randomUUID();
    static final String ALERT = "test-alert-" + UUID.randomUUID();

    @Inject
    Pool pool;

    @AfterEach
    void deleteTestRows() {
        pool.preparedQuery("DELETE FROM memories WHERE kind = any($1)").execute(Tuple.of(new String[] {INCIDENT, ALERT}))
                .await().indefinitely();
    }

    @Test
    void kindServiceAndTimeRangeNarrowTheSearch() {
        long oldCheckout = MemoryFixtures.remember("checkout database connection pool exhausted", INCIDENT, "checkout");
        long newCheckout = MemoryFixtures.remember("checkout database connections all in use", INCIDENT, "checkout");
        long search = MemoryFixtures.remember("search database connection pool exhausted", INCIDENT, "search");
        long alert = MemoryFixtures.remember("checkout database connection pool exhausted", ALERT, "checkout");
        MemoryFixtures.backdate(pool, oldCheckout, "2026-01-10T00:00:00Z");
        String q = "connection pool exhausted";

        assertEquals(List.of(oldCheckout, newCheckout, search), ids(Map.of("q", q, "kind", INCIDENT)).stream()
                .sorted().toList(), "kind alone keeps every incident and no alert");
        assertEquals(List.of(alert), ids(Map.of("q", q, "kind", ALERT)));
        List<Long> checkout = ids(Map.of("q", q, "kind", INCIDENT, "service", "checkout"));
        assertEquals(List.of(oldCheckout, newCheckout), checkout.stream().sorted().toList());
        assertEquals(List.of(oldCheckout), ids(Map.of("q", q, "kind", INCIDENT, "until", "2026-02-01T00:00:00Z")));
        assertEquals(List.of(newCheckout), ids(Map.of("q", q, "kind", INCIDENT, "service", "checkout",
                "since", "2026-02-01T00:00:00Z")));
        assertEquals(List.of(), ids(Map.of("q", q, "kind", INCIDENT, "service", "payments")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"since,yesterday", "until,2026-13-01T00:00:00Z", "service,' '"})
    void aMalformedFilterIsAProblemNamingIt(String field, String value) {
        given().header("Authorization", TestTokens.bearer()).queryParams(Map.of("q", "disk", field, value))
                .when().get("/memories/search")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anEmptyTimeRangeIsAProblem() {
        given().header("Authorization", TestTokens.bearer())
                .queryParams(Map.of("q", "disk", "since", "2026-02-01T00:00:00Z", "until", "2026-01-01T00:00:00Z"))
                .when().get("/memories/search")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("until"));
    }

    private static List<Long> ids(Map<String, String> query) {
        return given().header("Authorization", TestTokens.bearer()).queryParams(new HashMap<>(query)).queryParam("k", "10")
                .when().get("/memories/search")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
    }
}

package dev.foresight.embed.memory;

import static io.restassured.RestAssured.given;

import dev.foresight.shared.testing.TestTokens;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Memories for the search tests: stored through the API, and moved back in time in the table. */
final class MemoryFixtures {
    private MemoryFixtures() {}

    static long remember(String text, String kind, String service) {
        return given().header("Authorization", TestTokens.bearer("memory:write")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "kind", kind, "metadata", Map.of("service", service)))
                .when().post("/memories").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void backdate(Pool pool, long id, String at) {
        pool.preparedQuery("UPDATE memories SET created_at = $2 WHERE id = $1")
                .execute(Tuple.of(id, OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC))).await().indefinitely();
    }
}

package dev.foresight.embed.embedding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class EmbedResourceTest {
    @Inject
    RedisDataSource redis;

    @Inject
    MeterRegistry registry;

    @Test
    void vectorsHave384DimensionsAndUnitNorm() {
        EmbedResponse response = embedByTheModel(List.of("checkout latency above SLO", "kafka consumer lag growing"));

        assertEquals("all-MiniLM-L6-v2", response.model());
        assertEquals(384, response.dimensions());
        assertEquals(2, response.vectors().size());
        for (float[] vector : response.vectors()) {
            assertEquals(384, vector.length);
            assertEquals(1.0, Math.sqrt(dot(vector, vector)), 1e-4);
        }
    }

    @Test
    void closenessFollowsMeaning() {
        List<float[]> v = embedByTheModel(List.of("database connection pool exhausted", "too many connections to postgres",
                "user interface button colour")).vectors();

        double related = dot(v.get(0), v.get(1));
        double unrelated = dot(v.get(0), v.get(2));
        assertTrue(related > unrelated + 0.2, "related " + related + " vs unrelated " + unrelated);
    }

    @Test
    void repeatedTextIsServedFromRedis() {
        String text = "cache probe " + UUID.randomUUID();
        String key = Channels.EMBEDDING_CACHE_PREFIX + sha256(text);
        try {
            double before = modelTexts();
            float[] first = embed(List.of(text, text)).vectors().get(0);
            assertEquals(before + 1, modelTexts(), "a text repeated in one request is computed once");
            assertTrue(redis.key().exists(key), "vector cached under " + key);
            long ttl = redis.key().pttl(key);
            assertTrue(ttl > Duration.ofMinutes(9).toMillis() && ttl <= Duration.ofMinutes(10).toMillis(),
                    "ttl from foresight.embed.cache-ttl (10m in tests): " + ttl);

            float[] second = embed(List.of(text)).vectors().get(0);
            assertEquals(before + 1, modelTexts(), "the second call did not reach the model");
            assertArrayEquals(first, second);
        } finally {
            redis.key().del(key);
        }
    }

    static Stream<Arguments> badBodies() {
        String tooLong = "x".repeat(8001);
        String tooMany = "{\"texts\":[" + String.join(",", Collections.nCopies(65, "\"a\"")) + "]}";
        return Stream.of(
                Arguments.of("texts missing", "{}", "texts"),
                Arguments.of("no texts", "{\"texts\":[]}", "texts"),
                Arguments.of("65 texts", tooMany, "texts"),
                Arguments.of("blank text", "{\"texts\":[\"ok\",\"  \"]}", "texts[1]"),
                Arguments.of("null text", "{\"texts\":[\"ok\",null]}", "texts[1]"),
                Arguments.of("text over 8000 characters", "{\"texts\":[\"" + tooLong + "\"]}", "texts[0]"),
                Arguments.of("number instead of text", "{\"texts\":[42]}", "texts[0]"),
                Arguments.of("string instead of list", "{\"texts\":\"abc\"}", "texts"),
                Arguments.of("array instead of object", "[\"abc\"]", "body"),
                Arguments.of("JSON null", "null", "body"),
                Arguments.of("not JSON", "texts=abc", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badInputIsAProblemNamingTheField(String name, String body, String field) {
        double before = modelTexts();
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON).body(body)
                .when().post("/embed")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field));
        assertEquals(before, modelTexts(), "bad input never reaches the model");
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        given().header("Authorization", TestTokens.bearer()).contentType(ContentType.TEXT).body("hello")
                .when().post("/embed")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void needsAValidToken() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of("x")))
                .when().post("/embed").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").contentType(ContentType.JSON).body(Map.of("texts", List.of("x")))
                .when().post("/embed").then().statusCode(401);
    }

    /** Drops any cached vectors first, so the answer is the model's own inference. */
    private EmbedResponse embedByTheModel(List<String> texts) {
        texts.forEach(text -> redis.key().del(Channels.EMBEDDING_CACHE_PREFIX + sha256(text)));
        double before = modelTexts();
        EmbedResponse response = embed(texts);
        assertEquals(before + texts.size(), modelTexts(), "every text went to the model");
        return response;
    }

    private static EmbedResponse embed(List<String> texts) {
        return given().header("Authorization", TestTokens.bearer()).contentType(ContentType.JSON)
                .body(Map.of("texts", texts))
                .when().post("/embed")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().as(EmbedResponse.class);
    }

    private double modelTexts() {
        return registry.get("foresight.embed.model.texts").counter().count();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

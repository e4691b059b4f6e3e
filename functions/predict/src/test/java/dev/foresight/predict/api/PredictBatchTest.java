package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.foresight.predict.config.PredictConfig;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /predict/batch against real PostgreSQL and Redis: many entries, one NDJSON line each. */
@QuarkusTest
class PredictBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;
    @Inject
    PredictConfig config;

    Fleet fleet;

    @BeforeEach
    void setUp() {
        fleet = new Fleet(pool);
    }

    private static Response batch(Object body) {
        return given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/predict/batch");
    }

    private static JsonNode single(Object body) throws Exception {
        String answer = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/predict")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(answer);
    }

    private static List<JsonNode> lines(Response response) throws Exception {
        response.then().statusCode(200).contentType(startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** An answer without what differs between two calls: the time it was made and the ids of stored rows. */
    private static JsonNode comparable(JsonNode prediction) {
        ObjectNode copy = prediction.deepCopy();
        copy.remove("generatedAt");
        for (String list : List.of("failures", "cascades")) {
            copy.path(list).forEach(entry -> ((ObjectNode) entry).remove(List.of("predictionId", "decisionId")));
        }
        return copy;
    }

    @Test
    void everyEntryGetsItsLineABadOneInTheMiddleDoesNotStopTheOthers() throws Exception {
        String degrading = Fleet.unique("batch-checkout");
        String quiet = Fleet.unique("batch-search");
        String unknown = Fleet.unique("batch-unregistered");
        fleet.snapshots(fleet.service(degrading, 500), 60, PredictFunctionTest.degrading(120, 11),
                PredictFunctionTest.flat(120, 0.01, 0.002, 12), PredictFunctionTest.flat(120, 0.4, 0.02, 13));
        fleet.snapshots(fleet.service(quiet, 500), 60, PredictFunctionTest.flat(120, 180, 5, 14), null, null);
        Map<String, Object> inline = Map.of("horizonSeconds", 900, "series", Map.of("metric", "latency_ms",
                "stepSeconds", 30, "values", PredictFunctionTest.toList(PredictFunctionTest.degrading(100, 15)), "limit", 420));
        Map<String, Object> brokenInline = Map.of("series", Map.of("name", "x", "metric", "latency_ms",
                "stepSeconds", 60, "values", List.of(1.0, 2.0)));

        List<JsonNode> lines = lines(batch(Map.of("requests", List.of(
                Map.of("service", degrading, "horizonSeconds", 1800),
                Map.of("service", unknown),
                brokenInline,
                Map.of("service", quiet),
                inline))));

        assertEquals(5, lines.size(), lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i, lines.get(i).get("index").asInt(), "entries are answered in order");
        }
        assertEquals(degrading, lines.get(0).get("service").asText());
        assertEquals(1, lines.get(0).get("prediction").get("failures").size(), lines.get(0).toString());
        assertFalse(lines.get(0).has("problem"));

        JsonNode notFound = lines.get(1);
        assertEquals(unknown, notFound.get("service").asText());
        assertFalse(notFound.has("prediction"));
        assertEquals(404, notFound.get("problem").get("status").asInt());
        assertEquals("service \"" + unknown + "\" is not registered", notFound.get("problem").get("detail").asText());

        JsonNode invalid = lines.get(2);
        assertEquals("x", invalid.get("service").asText());
        assertEquals(400, invalid.get("problem").get("status").asInt());
        assertEquals("series.values", invalid.get("problem").get("errors").get(0).get("field").asText());
        assertEquals("must hold at least 8 points", invalid.get("problem").get("errors").get(0).get("rule").asText());
        assertEquals(0, fleet.count("predictions", "x"), "nothing stored for a refused entry");

        assertEquals(quiet, lines.get(3).get("service").asText());
        assertEquals(0, lines.get(3).get("prediction").get("failures").size());
        assertTrue(lines.get(4).get("service") == null || lines.get(4).get("service").isNull());

        // each line is what POST /predict answers for the same entry
        assertEquals(comparable(single(Map.of("service", degrading, "horizonSeconds", 1800))),
                comparable(lines.get(0).get("prediction")));
        assertEquals(comparable(single(Map.of("service", quiet))), comparable(lines.get(3).get("prediction")));
        JsonNode inlineAlone = single(inline);
        ((ObjectNode) inlineAlone).remove("generatedAt");
        ObjectNode inlineInBatch = lines.get(4).get("prediction").deepCopy();
        inlineInBatch.remove("generatedAt");
        assertEquals(inlineAlone, inlineInBatch, "an unnamed inline series: the same answer to the last digit");
    }

    @Test
    void aBatchOverTheLimitIsRefusedBeforeAnythingIsPredicted() {
        int max = config.batch().maxRequests();
        String name = Fleet.unique("batch-limit");
        List<Map<String, Object>> entries = Collections.nCopies(max + 1, Map.of("series", Map.of("name", name,
                "metric", "latency_ms", "stepSeconds", 60, "values", PredictFunctionTest.toList(PredictFunctionTest.flat(10, 100, 1, 1)))));
        batch(Map.of("requests", entries))
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("requests"))
                .body("errors[0].rule", equalTo("must hold at most " + max + " entries (foresight.predict.batch.max-requests)"));
        assertEquals(0, fleet.count("predictions", name), "nothing stored");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("not JSON", "requests: all", "body"),
                Arguments.of("cut short", "{\"requests\": [", "requests"),
                Arguments.of("no requests", "{}", "requests"),
                Arguments.of("empty requests", "{\"requests\": []}", "requests"),
                Arguments.of("requests not a list", "{\"requests\": {\"service\": \"a\"}}", "requests"),
                Arguments.of("a null entry", "{\"requests\": [{\"service\": \"a\"}, null]}", "requests[1]"),
                Arguments.of("a wrong-typed field", "{\"requests\": [{\"service\": \"a\"}, {\"horizonSeconds\": \"soon\"}]}",
                        "requests[1].horizonSeconds"),
                Arguments.of("an unknown field", "{\"requests\": [{\"service\": \"a\"}], \"horizon\": 60}", "horizon"),
                Arguments.of("a JSON array", "[{\"service\": \"a\"}]", "body"));
    }

    @ParameterizedTest(name = "{0}: 400 naming {2}")
    @MethodSource("malformed")
    void aMalformedBodyIsA400NamingTheField(String name, String body, String field) {
        batch(body).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void theBatchNeedsTheScopeOfPostPredict() {
        String body = "{\"requests\": [{\"service\": \"a\"}]}";
        given().contentType(ContentType.JSON).body(body).when().post("/predict/batch").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("fleet:write")).contentType(ContentType.JSON).body(body)
                .when().post("/predict/batch").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }
}

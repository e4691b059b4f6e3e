package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PredictionsResourceTest {

    /** Stores a failure and an anomaly for a fresh inline series name and returns the name. */
    private static String predicted() {
        String name = Fleet.unique("listed");
        double[] values = PredictFunctionTest.flat(40, 200, 5, 21);
        values[39] = 800;
        given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("series", Map.of("name", name, "metric", "latency_ms", "stepSeconds", 60,
                        "values", PredictFunctionTest.toList(values), "limit", 500)))
                .when().post("/predict")
                .then().statusCode(200);
        return name;
    }

    @Test
    void listsTheStoredPredictionsOfAServiceNewestFirst() {
        String name = predicted();
        given().header("Authorization", TestTokens.bearer())
                .queryParam("service", name)
                .when().get("/predictions")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("kind", hasItems("failure", "anomaly"))
                .body("service", everyItem(equalTo(name)))
                .body("decisionId", everyItem(notNullValue()));
        given().header("Authorization", TestTokens.bearer())
                .queryParam("service", name).queryParam("limit", 1)
                .when().get("/predictions")
                .then().statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void listsTheDecisionsWithTheirEvidence() {
        String name = predicted();
        given().header("Authorization", TestTokens.bearer("fleet:write"))
                .queryParam("service", name)
                .when().get("/decisions")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.type == 'failure' }.context.limit", equalTo(500.0f))
                .body("find { it.type == 'failure' }.context.latest", equalTo(800.0f))
                .body("find { it.type == 'failure' }.reasoning",
                        startsWith("latency_ms is 800 ms, already above SLO 500 ms; P="));
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "501", "ten", "-3"})
    void aBadLimitIsAProblem(String limit) {
        for (String path : new String[] {"/predictions", "/decisions"}) {
            given().header("Authorization", TestTokens.bearer())
                    .queryParam("limit", limit)
                    .when().get(path)
                    .then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].rule", equalTo("must be an integer within [1, 500]"));
        }
    }

    @Test
    void readingNeedsAValidToken() {
        given().when().get("/predictions").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").when().get("/decisions")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aTokenForPredictOnlyIsAcceptedAndOneForAnotherFunctionIsRefused() {
        String predictOnly = "Bearer " + TestTokens.forAudiences(java.util.Set.of("foresight-predict"));
        given().header("Authorization", predictOnly).when().get("/predictions").then().statusCode(200);
        String alertRouteOnly = "Bearer " + TestTokens.forAudiences(java.util.Set.of("foresight-alert-route"));
        given().header("Authorization", alertRouteOnly).when().get("/predictions")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }
}

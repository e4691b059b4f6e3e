package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class PredictBadInputTest {
    private static final String NAME = Fleet.unique("bad-input");
    private static final String EIGHT = "100, 110, 120, 130, 140, 150, 160, 170";

    @Inject
    Pool pool;

    static String inline(String metric, String stepSeconds, String values, String limit) {
        return "{\"series\":{\"name\":\"" + NAME + "\",\"metric\":" + metric + ",\"stepSeconds\":" + stepSeconds
                + ",\"values\":" + values + ",\"limit\":" + limit + "}}";
    }

    static Stream<Arguments> invalid() {
        String oversize = "[" + String.join(",", Collections.nCopies(10_001, "1")) + "]";
        return Stream.of(
                Arguments.of("NaN as a string token", inline("\"latency_ms\"", "60", "[100, \"NaN\", " + EIGHT + "]", "500"),
                        "series.values[1]", "must be a finite number"),
                Arguments.of("null value", inline("\"latency_ms\"", "60", "[100, 101, null, " + EIGHT + "]", "500"),
                        "series.values[2]", "must not be null"),
                Arguments.of("Infinity as a string token", inline("\"latency_ms\"", "60", "[\"Infinity\", " + EIGHT + "]", "500"),
                        "series.values[0]", "must be a finite number"),
                Arguments.of("negative latency", inline("\"latency_ms\"", "60", "[-5, " + EIGHT + "]", "500"),
                        "series.values[0]", "must be >= 0"),
                Arguments.of("cpu above one", inline("\"cpu\"", "60", "[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2]", "0.9"),
                        "series.values[7]", "must be within [0, 1] for cpu"),
                Arguments.of("empty series", inline("\"latency_ms\"", "60", "[]", "500"),
                        "series.values", "must hold at least 8 points"),
                Arguments.of("oversize series", inline("\"latency_ms\"", "60", oversize, "500"),
                        "series.values", "must hold at most 10000 points"),
                Arguments.of("values of the wrong type", inline("\"latency_ms\"", "60", "\"lots\"", "500"),
                        "series.values", null),
                Arguments.of("a value of the wrong type", inline("\"latency_ms\"", "60", "[1, {}, " + EIGHT + "]", "500"),
                        "series.values[1]", null),
                Arguments.of("step of the wrong type", inline("\"latency_ms\"", "\"soon\"", "[" + EIGHT + "]", "500"),
                        "series.stepSeconds", null),
                Arguments.of("zero step", inline("\"latency_ms\"", "0", "[" + EIGHT + "]", "500"),
                        "series.stepSeconds", "must be a finite number > 0"),
                Arguments.of("zero limit", inline("\"latency_ms\"", "60", "[" + EIGHT + "]", "0"),
                        "series.limit", "must be a finite number > 0"),
                Arguments.of("unknown metric", inline("\"disk\"", "60", "[" + EIGHT + "]", "500"),
                        "series.metric", "must be one of latency_ms, error_rate, cpu, memory"),
                Arguments.of("series of the wrong type", "{\"series\": 5}", "series", null),
                Arguments.of("fractional horizon", "{\"service\":\"" + NAME + "\",\"horizonSeconds\":1.5}", "horizonSeconds", null),
                Arguments.of("horizon over seven days", "{\"service\":\"" + NAME + "\",\"horizonSeconds\":604801}",
                        "horizonSeconds", "must be within (0, 604800]"),
                Arguments.of("negative horizon", "{\"service\":\"" + NAME + "\",\"horizonSeconds\":-1}",
                        "horizonSeconds", "must be within (0, 604800]"),
                Arguments.of("unknown field", "{\"service\":\"" + NAME + "\",\"horizon\":60}", "horizon", null),
                Arguments.of("neither service nor series", "{}", "service", "either service or series is required"),
                Arguments.of("a body that is not an object", "[1, 2]", "body", null),
                Arguments.of("a JSON null body", "null", "body", "must be a JSON object"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @MethodSource("invalid")
    void answersProblemJsonNamingTheFieldAndStoresNothing(String name, String body, String field, String rule) {
        long predictions = new Fleet(pool).count("predictions", NAME);
        long decisions = new Fleet(pool).count("decisions", NAME);
        var response = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/predict")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        if (rule != null) {
            response.body("errors.find { it.field == '" + field + "' }.rule", equalTo(rule));
        }
        assertEquals(predictions, new Fleet(pool).count("predictions", NAME));
        assertEquals(decisions, new Fleet(pool).count("decisions", NAME));
    }

    @Test
    void malformedJsonIsAProblemToo() {
        given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body("{\"service\": ")
                .when().post("/predict")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        String name = Fleet.unique("nowhere");
        given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body("{\"service\":\"" + name + "\"}")
                .when().post("/predict")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("\"" + name + "\""));
        assertEquals(0, new Fleet(pool).count("predictions", name));
    }

    @Test
    void tooManyStepsForTheServiceSpacingIsRejectedAfterReadingAndStoresNothing() {
        Fleet fleet = new Fleet(pool);
        String name = Fleet.unique("fast");
        long id = fleet.service(name, 500);
        fleet.snapshots(id, 1, PredictFunctionTest.degrading(60, 3), null, null);
        given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body("{\"service\":\"" + name + "\",\"horizonSeconds\":7200}")
                .when().post("/predict")
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("horizonSeconds"))
                .body("errors[0].rule", startsWith("must span at most 1440 steps of the service's snapshot spacing"));
        assertEquals(0, fleet.count("predictions", name));
        assertEquals(0, fleet.count("decisions", name));
    }

    @Test
    void withoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("{\"service\":\"" + NAME + "\"}")
                .when().post("/predict")
                .then().statusCode(401);
    }

    @Test
    void withoutThePredictScopeIsForbidden() {
        given().header("Authorization", TestTokens.bearer("fleet:write", "alerts:write"))
                .contentType(ContentType.JSON).body("{\"service\":\"" + NAME + "\"}")
                .when().post("/predict")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void getCannotBypassTheScope() {
        given().header("Authorization", TestTokens.bearer("fleet:write"))
                .queryParam("service", NAME)
                .when().get("/predict")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }
}

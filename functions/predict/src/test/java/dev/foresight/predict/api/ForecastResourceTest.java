package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastResourceTest {
    @Inject
    Pool pool;

    Fleet fleet;

    @BeforeEach
    void setUp() {
        fleet = new Fleet(pool);
    }

    @Test
    void forecastsEachReportedMetricWithNestedIntervalsAndStoresNothing() {
        String name = Fleet.unique("charted");
        long id = fleet.service(name, 500);
        fleet.snapshots(id, 60, PredictFunctionTest.degrading(60, 7), null, PredictFunctionTest.flat(60, 0.4, 0.02, 3));

        JsonPath body = given().header("Authorization", TestTokens.bearer())
                .when().get("/forecasts/" + name)
                .then().statusCode(200)
                .body("service", equalTo(name))
                .body("horizonSeconds", equalTo(1800))
                .body("metrics.metric", hasItems("latency_ms", "cpu"))
                .body("metrics.find { it.metric == 'latency_ms' }.limit", equalTo(500.0f))
                .body("metrics.find { it.metric == 'latency_ms' }.stepSeconds", equalTo(60.0f))
                .body("metrics.find { it.metric == 'latency_ms' }.history", hasSize(60))
                .body("metrics.find { it.metric == 'latency_ms' }.points", hasSize(30))
                .extract().jsonPath(PredictFunctionTest.DOUBLES);

        List<Map<String, Object>> points = body.getList("metrics.find { it.metric == 'latency_ms' }.points");
        for (Map<String, Object> p : points) {
            double lo95 = (Double) p.get("lo95"), lo80 = (Double) p.get("lo80"), mean = (Double) p.get("mean");
            double hi80 = (Double) p.get("hi80"), hi95 = (Double) p.get("hi95");
            assertTrue(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95, "nested intervals at " + p);
        }
        assertEquals(1, ((Number) points.get(0).get("step")).intValue());
        assertEquals(0, fleet.count("predictions", name), "a forecast is read-only");
        assertEquals(0, fleet.count("decisions", name), "a forecast is read-only");
    }

    @Test
    void anUnknownServiceIsNotFound() {
        given().header("Authorization", TestTokens.bearer())
                .when().get("/forecasts/" + Fleet.unique("nobody"))
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void readingNeedsAValidToken() {
        given().when().get("/forecasts/anything").then().statusCode(401);
    }
}

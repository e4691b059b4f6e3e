package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Three days of one-minute snapshots: the 360 recent ones (6 h) cannot show a daily cycle, so the
 * service forecasts the 5-minute means of the long history with the seasonal combination, exactly
 * as the same forecaster does offline on the same means; GET /forecasts shows the same forecast.
 */
@QuarkusTest
class LongHistoryTest {
    private static final int MINUTES = 3 * 1440;
    private static final int BUCKET = 300;

    @Inject
    Pool pool;

    @Test
    void aServiceWithDaysOfSnapshotsIsForecastSeasonallyFromItsBuckets() {
        Fleet fleet = new Fleet(pool);
        String name = Fleet.unique("billing");
        long id = fleet.service(name, 10_000);
        // start on a bucket boundary (buckets are aligned on 2000-01-01 UTC, a multiple of 300 s)
        long startSeconds = (OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).toEpochSecond() / BUCKET) * BUCKET;
        OffsetDateTime first = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(startSeconds), ZoneOffset.UTC);
        Random r = new Random(4);
        double[] latency = new double[MINUTES];
        for (int i = 0; i < MINUTES; i++) {
            latency[i] = 200 + 80 * Math.sin(2 * Math.PI * i / 1440.0) + 5 * r.nextGaussian();
        }
        fleet.latencyAt(id, first, 60, latency);

        JsonPath body = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(Map.of("service", name))
                .when().post("/predict").then().statusCode(200).extract().jsonPath()
                .using(PredictFunctionTest.DOUBLES);
        assertEquals(300.0, body.getDouble("forecasts[0].stepSeconds"));
        List<Double> served = body.getList("forecasts[0].points.mean", Double.class);
        assertEquals(6, served.size(), "the default 1 800 s horizon in 5-minute steps");

        double[] means = new double[MINUTES / 5];
        for (int b = 0; b < means.length; b++) {
            for (int k = 0; k < 5; k++) {
                means[b] += latency[5 * b + k] / 5;
            }
        }
        ForecasterSelector selector = ForecasterSelector.bestForHistory();
        assertEquals("CombinedForecaster[288]", selector.describe(BUCKET, means.length));
        Forecast offline = selector.select(BUCKET, means.length).forecast(means, 6);
        for (int i = 0; i < 6; i++) {
            assertEquals(offline.mean()[i], served.get(i), 1e-9 * Math.abs(offline.mean()[i]), "step " + (i + 1));
        }

        JsonPath chart = given().header("Authorization", TestTokens.bearer("predict:read"))
                .when().get("/forecasts/" + name).then().statusCode(200).extract().jsonPath()
                .using(PredictFunctionTest.DOUBLES);
        assertEquals(served, chart.getList("metrics[0].points.mean", Double.class));
    }
}

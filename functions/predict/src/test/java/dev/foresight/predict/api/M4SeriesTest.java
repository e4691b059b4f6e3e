package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * M4 Hourly series H1 (700 hourly points) sent to POST /predict is forecast 48 hours ahead exactly
 * as {@code ./foresight bench m4} forecasts it: the same combined forecaster with daily and weekly
 * periods, the same means and the same 95 % bounds the scorer reads.
 */
@QuarkusTest
class M4SeriesTest {
    private static final int HORIZON = 48;

    @Test
    void theServedForecastOfAnM4SeriesIsTheBenchmarkedOne() throws IOException {
        double[] values = series("/m4/H1.txt");
        assertEquals(700, values.length);
        assertEquals("CombinedForecaster[24, 168]", ForecasterSelector.bestForHistory().describe(3600, values.length));

        JsonPath body = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("horizonSeconds", HORIZON * 3600, "series", Map.of("metric", "latency_ms",
                        "stepSeconds", 3600, "values", Arrays.stream(values).boxed().toList())))
                .when().post("/predict")
                .then().statusCode(200)
                .extract().jsonPath().using(PredictFunctionTest.DOUBLES);
        List<Double> mean = body.getList("forecasts[0].points.mean", Double.class);
        List<Double> lo95 = body.getList("forecasts[0].points.lo95", Double.class);
        List<Double> hi95 = body.getList("forecasts[0].points.hi95", Double.class);
        assertEquals(HORIZON, mean.size());

        // what M4Bench runs for every series of the training file
        Forecast bench = new CombinedForecaster(24, 168).forecast(values, HORIZON);
        for (int i = 0; i < HORIZON; i++) {
            assertEquals(bench.mean()[i], mean.get(i), 1e-9 * Math.abs(bench.mean()[i]), "mean, step " + (i + 1));
            assertEquals(bench.lo95()[i], lo95.get(i), 1e-9 * Math.abs(bench.lo95()[i]), "lo95, step " + (i + 1));
            assertEquals(bench.hi95()[i], hi95.get(i), 1e-9 * Math.abs(bench.hi95()[i]), "hi95, step " + (i + 1));
        }
    }

    private static double[] series(String resource) throws IOException {
        try (InputStream in = M4SeriesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().mapToDouble(Double::parseDouble).toArray();
        }
    }
}

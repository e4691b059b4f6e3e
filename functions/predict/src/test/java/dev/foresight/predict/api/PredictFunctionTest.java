package dev.foresight.predict.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.redis.EventPublisher;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PredictFunctionTest {
    static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE);

    @Inject
    Pool pool;
    @Inject
    RedisDataSource redis;
    @Inject
    EventPublisher events;

    Fleet fleet;

    @BeforeEach
    void setUp() {
        fleet = new Fleet(pool);
    }

    /** Latency climbing 2.5 ms a minute from 150 ms: about 450 ms now, over the 500 ms SLO in about 20 minutes. */
    static double[] degrading(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 150 + 2.5 * t + random.nextGaussian() * 4;
        }
        return y;
    }

    static double[] flat(int n, double level, double noise, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = Math.max(0, level + random.nextGaussian() * noise);
        }
        return y;
    }

    @Test
    void aDegradingServiceIsPredictedToFailAndTheFailureCascadesThroughCriticalEdgesOnly() throws Exception {
        String name = Fleet.unique("checkout-db");
        long source = fleet.service(name, 500);
        String critical = Fleet.unique("checkout");
        String optional = Fleet.unique("reports");
        String transitive = Fleet.unique("web");
        long criticalId = fleet.service(critical, 500);
        fleet.dependsOn(criticalId, source, "critical", 0.8);
        fleet.dependsOn(fleet.service(optional, 500), source, "optional", 0.9);
        fleet.dependsOn(fleet.service(transitive, 500), criticalId, "critical", 0.5);
        fleet.snapshots(source, 60, degrading(120, 1), flat(120, 0.01, 0.002, 2), flat(120, 0.4, 0.02, 3));

        Queue<String> published = new ConcurrentLinkedQueue<>();
        Cancellable subscription = subscribe(published);
        try {
            JsonPath body = given().header("Authorization", TestTokens.bearer("predict:write"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("service", name, "horizonSeconds", 1800))
                    .when().post("/predict")
                    .then().statusCode(200)
                    .body("service", equalTo(name))
                    .body("forecasts", hasSize(3))
                    .body("forecasts.find { it.metric == 'latency_ms' }.points", hasSize(30))
                    .body("forecasts.find { it.metric == 'latency_ms' }.stepSeconds", equalTo(60.0f))
                    .extract().jsonPath().using(DOUBLES);

            List<Map<String, Object>> failures = body.getList("failures");
            assertEquals(1, failures.size(), failures.toString());
            Map<String, Object> failure = failures.get(0);
            assertEquals("latency_ms", failure.get("metric"));
            assertEquals(name, failure.get("service"));
            double confidence = ((Number) failure.get("confidence")).doubleValue();
            double ttf = ((Number) failure.get("timeToFailureSeconds")).doubleValue();
            assertTrue(confidence > 0.5 && confidence <= 1, "confidence " + confidence);
            assertTrue(ttf > 0 && ttf <= 1800 && ttf % 60 == 0, "ttf " + ttf);
            String reasoning = (String) failure.get("reasoning");
            assertTrue(reasoning.matches("latency_ms forecast \\d+ ms (> SLO 500 ms|\\(> SLO 500 ms with its noise\\))"
                    + " in \\d+ s; P=\\d\\.\\d\\d"), reasoning);

            Row prediction = fleet.prediction(((Number) failure.get("predictionId")).longValue());
            assertEquals("failure", prediction.getString("kind"));
            assertEquals(name, prediction.getString("service"));
            assertEquals(confidence, prediction.getDouble("confidence"), 1e-12);
            assertEquals(ttf, prediction.getDouble("time_to_failure_s"), 1e-9);
            assertEquals(500.0, prediction.getDouble("limit_value"));
            // the forecast at the time to failure: at or near the limit (its noise may cross first)
            assertTrue(prediction.getDouble("predicted_value") > 450, "predicted " + prediction.getDouble("predicted_value"));
            long decisionId = ((Number) failure.get("decisionId")).longValue();
            assertEquals(decisionId, prediction.getLong("decision_id"));
            Row decision = fleet.decision(decisionId);
            assertEquals("failure", decision.getString("type"));
            assertEquals(reasoning, decision.getString("reasoning"));
            JsonPath context = JsonPath.from(decision.getString("context")).using(DOUBLES);
            assertEquals(500.0, context.getDouble("limit"));
            assertTrue(context.getDouble("latest") > 400 && context.getDouble("latest") < 500);
            assertEquals(prediction.getDouble("predicted_value"), context.getDouble("forecastAtTtf.mean"), 1e-9);
            assertTrue(context.getDouble("forecastAtTtf.lo95") < context.getDouble("forecastAtTtf.mean"));
            assertTrue(context.getDouble("forecastAtTtf.mean") < context.getDouble("forecastAtTtf.hi95"));

            List<Map<String, Object>> cascades = body.getList("cascades");
            assertEquals(List.of(critical, transitive), cascades.stream().map(c -> c.get("service")).toList());
            Map<String, Object> direct = cascades.get(0);
            assertEquals(name, direct.get("sourceService"));
            assertEquals(List.of(name, critical), direct.get("path"));
            assertEquals(confidence * 0.8, ((Number) direct.get("confidence")).doubleValue(), 1e-9);
            assertEquals(confidence * 0.8 * 0.5, ((Number) cascades.get(1).get("confidence")).doubleValue(), 1e-9);
            assertEquals(ttf, ((Number) direct.get("timeToFailureSeconds")).doubleValue());
            Row cascade = fleet.prediction(((Number) direct.get("predictionId")).longValue());
            assertEquals("cascade", cascade.getString("kind"));
            assertEquals(critical, cascade.getString("service"));
            assertEquals(name, cascade.getString("source_service"));
            assertNotNull(fleet.decision(cascade.getLong("decision_id")).getString("reasoning"));
            assertEquals(0, fleet.count("predictions", optional), "optional edges carry no failure");

            String cached = redis.value(String.class).get(Channels.PREDICTION_CACHE_PREFIX + name);
            assertNotNull(cached, "latest prediction cached");
            assertEquals(name, JsonPath.from(cached).getString("service"));
            assertEquals(1, JsonPath.from(cached).getList("failures").size());
            String event = await(published, name);
            assertEquals(1, JsonPath.from(event).getInt("failures"));
            assertEquals(2, JsonPath.from(event).getInt("cascades"));
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void aHealthyServiceIsNotPredictedToFail() {
        String name = Fleet.unique("healthy");
        long id = fleet.service(name, 500);
        fleet.snapshots(id, 30, flat(60, 120, 5, 4), null, null);

        given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON).body(Map.of("service", name))
                .when().post("/predict")
                .then().statusCode(200)
                .body("forecasts", hasSize(1))
                .body("forecasts[0].stepSeconds", equalTo(30.0f))
                .body("forecasts[0].points", hasSize(60)) // default horizon 1800 s at 30 s
                .body("failures", hasSize(0))
                .body("cascades", hasSize(0));
        assertEquals(0, fleet.count("predictions", name));
    }

    @Test
    void anUnnamedInlineSeriesIsAnalysedButNotStored() {
        long before = fleet.countAll("predictions");
        JsonPath body = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("horizonSeconds", 900, "series", Map.of("metric", "latency_ms", "stepSeconds", 30,
                        "values", toList(degrading(100, 8)), "limit", 420)))
                .when().post("/predict")
                .then().statusCode(200)
                .body("forecasts[0].points", hasSize(30))
                .extract().jsonPath();
        assertNull(body.get("service"));
        Map<String, Object> failure = body.getMap("failures[0]");
        assertNull(failure.get("predictionId"));
        assertTrue(((Number) failure.get("timeToFailureSeconds")).doubleValue() > 0);
        assertEquals(before, fleet.countAll("predictions"));
    }

    @Test
    void aNamedInlineSeriesAlreadyOverItsLimitIsAFailureNowAndAnAnomaly() {
        String name = Fleet.unique("inline");
        double[] values = flat(60, 200, 5, 9);
        values[59] = 900;
        JsonPath body = given().header("Authorization", TestTokens.bearer("predict:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("series", Map.of("name", name, "metric", "latency_ms", "stepSeconds", 60,
                        "values", toList(values), "limit", 500)))
                .when().post("/predict")
                .then().statusCode(200)
                .body("service", equalTo(name))
                .body("anomalies", hasSize(1))
                .body("anomalies[0].metric", equalTo("latency_ms"))
                .body("anomalies[0].reason", containsString("latency_ms "))
                .body("anomalies[0].reason", containsString("MADs above its median"))
                .extract().jsonPath();
        Map<String, Object> failure = body.getMap("failures[0]");
        assertEquals(0.0, ((Number) failure.get("timeToFailureSeconds")).doubleValue());
        assertTrue(((String) failure.get("reasoning")).startsWith("latency_ms is 900 ms, already above SLO 500 ms"));
        assertEquals(2, fleet.count("predictions", name), "failure + anomaly");
        assertEquals(2, fleet.count("decisions", name));
        assertFalse(body.getList("cascades").iterator().hasNext());
    }

    private Cancellable subscribe(Queue<String> sink) throws InterruptedException {
        long before = subscribers();
        Cancellable cancellable = events.subscribe(Channels.PREDICTIONS).subscribe().with(sink::add);
        for (int i = 0; i < 100 && subscribers() <= before; i++) {
            Thread.sleep(20);
        }
        return cancellable;
    }

    private long subscribers() {
        return redis.execute("PUBSUB", "NUMSUB", Channels.PREDICTIONS).get(1).toLong();
    }

    private static String await(Queue<String> published, String service) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            for (String event : published) {
                if (service.equals(JsonPath.from(event).getString("service"))) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no event for " + service + " on " + Channels.PREDICTIONS);
    }

    static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}

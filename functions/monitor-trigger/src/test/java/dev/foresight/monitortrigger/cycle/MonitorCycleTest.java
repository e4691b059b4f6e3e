package dev.foresight.monitortrigger.cycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.monitortrigger.cycle.cache.AtRiskCache;
import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.Names;
import dev.foresight.monitortrigger.testing.PredictFixtures;
import dev.foresight.monitortrigger.testing.RecordingUpstream;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.redis.Channels;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cycle end to end over HTTP against real PostgreSQL and Redis; token-refresh, predict,
 * alert-route and health endpoints are played by a recording HTTP server.
 */
@QuarkusTest
class MonitorCycleTest {
    /** The %test profile's lock key, apart from a locally running fleet's and the end-to-end run's. */
    private static final String TEST_LOCK = "foresight:lock:monitor-cycle:test";

    private static RecordingUpstream upstream;

    @Inject
    ServiceRepository services;
    @Inject
    SnapshotRepository snapshots;
    @Inject
    RedisDataSource redis;
    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeAll
    static void startUpstream() throws Exception {
        Config config = ConfigProvider.getConfig();
        // the port is the fixed one the %test profile points predict, alert-route and token-refresh at
        upstream = RecordingUpstream.start(
                URI.create(config.getValue("foresight.monitor-trigger.predict-url", String.class)).getPort(),
                config.getValue("foresight.monitor-trigger.client-id", String.class),
                config.getValue("foresight.monitor-trigger.client-secret", String.class));
    }

    @AfterAll
    static void stopUpstream() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @BeforeEach
    void isolateFromEarlierTests() {
        // services of earlier tests are still recent: they must predict nothing now, and a
        // breaker opened by a failure scenario must not leak into the next test
        upstream.forgetAnswers();
        breakers.resetAll();
    }

    private static Response trigger() {
        return given().header("Authorization", TestTokens.bearer(Api.MONITOR_WRITE))
                .when().post("/monitor-trigger");
    }

    private List<SnapshotEntity> snapshotsOf(String service) {
        return Db.read(() -> services.findByName(service).chain(s -> snapshots.recent(s.id, 100)));
    }

    @Test
    void cycleProbesPredictsWarmsCachesAlertsAndReports() throws Exception {
        String api = Names.unique("api");
        String web = Names.unique("web");
        String down = Names.unique("down");
        Api.service(api, upstream.url("/health/200"), "https://runbooks.example/" + api);
        Api.service(web, null);
        Api.service(down, upstream.url("/health/503"));
        Api.dependency(web, api, "critical", 0.8);
        Api.snapshots(api, 10);
        Api.snapshots(web, 10);
        upstream.answerPredict(api, 200, PredictFixtures.latencyFailureWithCascade(api, web));

        List<String> events = new CopyOnWriteArrayList<>();
        PubSubCommands.RedisSubscriber subscriber = redis.pubsub(String.class).subscribe(Channels.CYCLES, events::add);
        JsonPath report;
        try {
            report = trigger().then().statusCode(200).extract().jsonPath();
            String cycleId = report.getString("cycleId");
            awaitTrue(() -> events.stream().anyMatch(e -> e.contains(cycleId)), "cycle event on " + Channels.CYCLES);
        } finally {
            subscriber.unsubscribe();
        }

        // the report: only the services of this test predict anything
        assertNotNull(report.getString("startedAt"));
        assertTrue(report.getLong("durationMs") >= 0);
        assertTrue(report.getInt("services") >= 3);
        assertTrue(report.getInt("snapshotsProbed") >= 2);
        assertTrue(report.getInt("predictions") >= 3);
        assertEquals(1, report.getInt("failures"));
        assertEquals(1, report.getInt("cascades"));
        assertEquals(2, report.getInt("alertsSent"));
        assertEquals(List.of(), report.getList("errors.findAll { it.service in ['" + api + "','" + web + "','" + down + "'] }"));

        // predict was asked about every service with recent snapshots, in batches, with this function's own token
        for (String service : List.of(api, web, down)) {
            List<RecordingUpstream.Recorded> calls = upstream.predictRequestsFor(service);
            assertEquals(1, calls.size(), "predict calls for " + service);
            String authorization = calls.get(0).authorization();
            assertTrue(authorization.startsWith("Bearer ") && upstream.issued(authorization.substring(7)), authorization);
            assertTrue(calls.get(0).contentType().startsWith("application/json"));
        }
        RecordingUpstream.Recorded tokenRequest = upstream.requests("POST", "/token").get(0);
        assertTrue(tokenRequest.body().contains("grant_type=client_credentials"), tokenRequest.body());
        assertTrue(tokenRequest.contentType().startsWith("application/x-www-form-urlencoded"));

        // alert-route got the failure and the cascade
        List<JsonNode> failureAlerts = upstream.alertsFor(api);
        assertEquals(1, failureAlerts.size());
        JsonNode failure = failureAlerts.get(0);
        assertEquals("failure", failure.get("type").asText());
        assertEquals("latency_ms forecast 612 ms > SLO 500 ms in 240 s; P=0.87", failure.get("summary").asText());
        assertEquals(0.87, failure.get("confidence").asDouble());
        assertEquals(240, failure.get("timeToFailureSeconds").asLong());
        assertEquals("latency_ms", failure.get("labels").get("metric").asText());
        assertEquals("https://runbooks.example/" + api, failure.get("runbookUrl").asText());
        List<JsonNode> cascadeAlerts = upstream.alertsFor(web);
        assertEquals(1, cascadeAlerts.size());
        JsonNode cascade = cascadeAlerts.get(0);
        assertEquals("cascade", cascade.get("type").asText());
        assertEquals(0.696, cascade.get("confidence").asDouble());
        assertEquals(240, cascade.get("timeToFailureSeconds").asLong());
        assertEquals(api, cascade.get("labels").get("source").asText());
        assertFalse(cascade.has("runbookUrl"), web + " has no runbook");
        assertTrue(upstream.requests("POST", "/alerts").stream()
                .allMatch(r -> upstream.issued(r.authorization().substring(7))));

        // the at-risk cache holds the failure
        String cached = redis.value(String.class).get(AtRiskCache.key(api));
        assertNotNull(cached, "at-risk cache entry");
        JsonNode cachedFailures = RecordingUpstream.json(cached);
        assertEquals("latency_ms", cachedFailures.get(0).get("metric").asText());
        assertTrue(redis.key(String.class).pttl(AtRiskCache.key(api)) > 0, "at-risk entry expires");
        assertFalse(redis.key(String.class).exists(AtRiskCache.key(web)), "no failure predicted for " + web);

        // health probes were made and stored: 200 healthy with latency, 503 unhealthy
        assertFalse(upstream.requests("GET", "/health/200").isEmpty(), "health URL probed");
        SnapshotEntity healthy = snapshotsOf(api).stream().filter(s -> "probe".equals(s.metadata.get("source")))
                .findFirst().orElseThrow();
        assertEquals(1.0, healthy.health);
        assertTrue(healthy.latencyMs != null && healthy.latencyMs >= 0);
        assertEquals(200, ((Number) healthy.metadata.get("status")).intValue());
        SnapshotEntity unhealthy = snapshotsOf(down).stream().filter(s -> "probe".equals(s.metadata.get("source")))
                .findFirst().orElseThrow();
        assertEquals(0.0, unhealthy.health);
        assertEquals(503, ((Number) unhealthy.metadata.get("status")).intValue());

        assertFalse(redis.key(String.class).exists(TEST_LOCK), "lock released");
    }

    @ParameterizedTest(name = "a scheduler body of {0} triggers a cycle")
    @ValueSource(strings = {"{}", "{\"source\":\"cronjob\",\"extra\":1}"})
    void schedulerBodiesAreAccepted(String body) {
        given().header("Authorization", TestTokens.bearer(Api.MONITOR_WRITE))
                .contentType("application/json").body(body)
                .when().post("/monitor-trigger")
                .then().statusCode(200).body("cycleId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void unreachableHealthUrlIsStoredAsUnhealthy() {
        String gone = Names.unique("gone");
        // port 9 (discard) is not served here: the connection is refused
        Api.service(gone, "http://127.0.0.1:9/health");

        trigger().then().statusCode(200);

        SnapshotEntity probe = snapshotsOf(gone).get(0);
        assertEquals(0.0, probe.health);
        assertNull(probe.latencyMs);
        assertEquals("probe", probe.metadata.get("source"));
        assertNotNull(probe.metadata.get("error"));
        // a probe snapshot makes the service recent, so it is predicted too
        assertEquals(1, upstream.predictRequestsFor(gone).size());
    }

    @Test
    void concurrentTriggersRunExactlyOneCycle() throws Exception {
        String slow = Names.unique("slow");
        Api.service(slow, null);
        Api.snapshots(slow, 10);
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        upstream.holdPredict(slow, PredictFixtures.quiet(slow), arrived, release);

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(MonitorCycleTest::trigger);
        try {
            assertTrue(arrived.await(30, TimeUnit.SECONDS), "first cycle reached predict");
            trigger().then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409))
                    .body("detail", equalTo("cycle already running"));
        } finally {
            release.countDown();
        }
        Response finished = first.get(60, TimeUnit.SECONDS);
        assertEquals(200, finished.statusCode(), finished.asString());
        assertEquals(1, upstream.predictRequestsFor(slow).size(), "the second trigger ran no cycle");
        assertFalse(redis.key(String.class).exists(TEST_LOCK), "lock released");
    }

    @Test
    void failingPredictIsReportedAndTheCycleGoesOn() {
        String broken = Names.unique("broken");
        String refused = Names.unique("refused");
        String healthy = Names.unique("healthy");
        String dependant = Names.unique("dependant");
        for (String s : List.of(broken, refused, healthy, dependant)) {
            Api.service(s, null);
            Api.snapshots(s, 10);
        }
        upstream.answerPredict(broken, 500, PredictFixtures.problem(500, "forecast failed"));
        upstream.answerPredict(refused, 400, PredictFixtures.problem(400, "series.values: at least 8 points"));
        upstream.answerPredict(healthy, 200, PredictFixtures.latencyFailureWithCascade(healthy, dependant));

        JsonPath report = trigger().then().statusCode(200).extract().jsonPath();

        assertEquals("predict", report.getString("errors.find { it.service == '" + broken + "' }.step"));
        assertTrue(report.getString("errors.find { it.service == '" + broken + "' }.message")
                .startsWith("predict answered 500"));
        assertTrue(report.getString("errors.find { it.service == '" + refused + "' }.message")
                .startsWith("predict answered 400"));
        // an entry that failed for a passing reason is asked again (1 + 2 retries), alone or with the
        // other unsettled ones of its batch; a refused entry is not, nor is an answered one
        assertEquals(3, upstream.predictRequestsFor(broken).size());
        assertEquals(1, upstream.predictRequestsFor(refused).size());
        assertEquals(1, upstream.predictRequestsFor(healthy).size());
        assertEquals(1, upstream.predictRequestsFor(dependant).size());
        // the other services were still predicted and alerted on
        assertEquals(1, report.getInt("failures"));
        assertEquals(1, report.getInt("cascades"));
        assertEquals(2, report.getInt("alertsSent"));
        assertEquals(1, upstream.alertsFor(healthy).size());
        assertEquals(1, upstream.alertsFor(dependant).size());
        assertFalse(redis.key(String.class).exists(TEST_LOCK), "lock released");

        // and the next cycle runs
        trigger().then().statusCode(200);
    }

    @Test
    void everyCycleAsksPredictInChunksAndReportsEachService() {
        int chunk = ConfigProvider.getConfig().getValue("foresight.monitor-trigger.predict-chunk-size", Integer.class);
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * chunk + 1; i++) {
            String s = Names.unique("chunked");
            Api.service(s, null);
            Api.snapshots(s, 10);
            mine.add(s);
        }
        String failing = mine.get(chunk);
        upstream.answerPredict(mine.get(1), 200, PredictFixtures.latencyFailureWithCascade(mine.get(1), mine.get(2)));
        upstream.answerPredict(failing, 404, PredictFixtures.problem(404, "service \\\"" + failing + "\\\" is not registered"));

        for (int cycle = 1; cycle <= 3; cycle++) {
            int before = upstream.predictBatches().size();
            JsonPath report = trigger().then().statusCode(200).extract().jsonPath();
            List<RecordingUpstream.Recorded> calls = upstream.predictBatches().subList(before, upstream.predictBatches().size());

            // every service with recent snapshots once, in ceil(N / chunk) calls of at most chunk each
            List<String> asked = calls.stream().flatMap(c -> RecordingUpstream.services(c.body()).stream()).toList();
            assertEquals(asked.size(), new java.util.HashSet<>(asked).size(), "no service asked twice: " + asked);
            assertTrue(asked.containsAll(mine), asked.toString());
            assertEquals((asked.size() + chunk - 1) / chunk, calls.size(), "calls for " + asked.size() + " services");
            assertTrue(calls.stream().allMatch(c -> RecordingUpstream.services(c.body()).size() <= chunk));

            // each service's line is its outcome: the refused one is its error, the rest predicted
            List<Map<String, String>> predictErrors = report.getList("errors.findAll { it.step == 'predict' }");
            assertEquals(1, predictErrors.size(), "cycle " + cycle + ": " + predictErrors);
            assertEquals(failing, predictErrors.get(0).get("service"));
            assertTrue(predictErrors.get(0).get("message").startsWith("predict answered 404: service \"" + failing),
                    predictErrors.get(0).get("message"));
            assertEquals(asked.size() - 1, report.getInt("predictions"), "cycle " + cycle);
            assertEquals(1, report.getInt("failures"));
            assertEquals(1, report.getInt("cascades"));
        }
    }

    @Test
    void aBrokenStreamIsResumedWithTheServicesNotYetAnswered() {
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String s = Names.unique("resumed");
            Api.service(s, null);
            Api.snapshots(s, 10);
            mine.add(s);
        }
        String cut = mine.get(2);
        upstream.cutStreamBefore(cut, 1);
        int before = upstream.predictBatches().size();

        JsonPath report = trigger().then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(), report.getList("errors.findAll { it.step == 'predict' }"));
        List<RecordingUpstream.Recorded> calls = upstream.predictBatches().subList(before, upstream.predictBatches().size());
        List<String> broken = calls.stream().map(c -> RecordingUpstream.services(c.body()))
                .filter(s -> s.contains(cut)).findFirst().orElseThrow();
        List<String> answered = broken.subList(0, broken.indexOf(cut));
        List<String> resent = broken.subList(broken.indexOf(cut), broken.size());
        // the retry asks for exactly what the broken answer had not settled, in the same order
        assertTrue(calls.stream().anyMatch(c -> RecordingUpstream.services(c.body()).equals(resent)), calls.toString());
        for (String s : answered) {
            assertEquals(1, calls.stream().filter(c -> RecordingUpstream.services(c.body()).contains(s)).count(), s);
        }
        for (String s : resent) {
            assertEquals(2, calls.stream().filter(c -> RecordingUpstream.services(c.body()).contains(s)).count(), s);
        }
    }

    @Test
    void aStreamThatKeepsBreakingFailsOnlyTheServicesNotYetAnswered() {
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String s = Names.unique("cut");
            Api.service(s, null);
            Api.snapshots(s, 10);
            mine.add(s);
        }
        String cut = mine.get(1);
        upstream.cutStreamBefore(cut, 3);
        int before = upstream.predictBatches().size();

        JsonPath report = trigger().then().statusCode(200).extract().jsonPath();

        List<RecordingUpstream.Recorded> calls = upstream.predictBatches().subList(before, upstream.predictBatches().size());
        List<String> broken = calls.stream().map(c -> RecordingUpstream.services(c.body()))
                .filter(s -> s.contains(cut)).findFirst().orElseThrow();
        List<String> unanswered = broken.subList(broken.indexOf(cut), broken.size());
        assertEquals(3, calls.stream().filter(c -> RecordingUpstream.services(c.body()).contains(cut)).count(),
                "1 + 2 retries");
        List<String> failed = report.getList("errors.findAll { it.step == 'predict' }.service");
        assertEquals(new java.util.HashSet<>(unanswered), new java.util.HashSet<>(failed), "only the unanswered fail");
        assertTrue(report.getList("errors.findAll { it.step == 'predict' }.message", String.class).stream()
                .allMatch(m -> !m.isBlank()));
        assertEquals(0, report.getInt("failures"));
    }

    @Test
    void aStalledStreamIsBrokenOffAfterTheLineTimeout() {
        String stalled = Names.unique("stalled");
        Api.service(stalled, null);
        Api.snapshots(stalled, 10);
        CountDownLatch never = new CountDownLatch(1);
        upstream.holdPredict(stalled, PredictFixtures.quiet(stalled), new CountDownLatch(1), never);
        try {
            JsonPath report = trigger().then().statusCode(200).extract().jsonPath();

            String message = report.getString("errors.find { it.service == '" + stalled + "' }.message");
            assertEquals("TimeoutException: predict sent no answer line for 3 s", message);
            assertEquals(3, upstream.predictRequestsFor(stalled).size(), "1 + 2 retries");
        } finally {
            never.countDown();
        }
    }

    @Test
    void refusedTokenIsReplacedByAFreshOne() {
        String svc = Names.unique("rotated");
        Api.service(svc, null);
        Api.snapshots(svc, 10);
        trigger().then().statusCode(200);
        int tokensBefore = upstream.requests("POST", "/token").size();

        upstream.revokeTokens();
        JsonPath refused = trigger().then().statusCode(200).extract().jsonPath();
        // calls made with the revoked token fail and drop it; the calls after them (later in the
        // same cycle when there are any, else in the next) fetch and use a fresh token
        List<String> messages = refused.getList("errors.message");
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("predict answered 401")), messages.toString());

        JsonPath next = trigger().then().statusCode(200).extract().jsonPath();
        List<String> nextMessages = next.getList("errors.message");
        assertTrue(nextMessages.stream().noneMatch(m -> m.contains("answered 401")), nextMessages.toString());
        assertTrue(upstream.requests("POST", "/token").size() > tokensBefore, "a fresh token was fetched");
        List<RecordingUpstream.Recorded> calls = upstream.predictRequestsFor(svc);
        assertTrue(upstream.issued(calls.get(calls.size() - 1).authorization().substring(7)));
    }

    @Test
    void triggeringNeedsMonitorWrite() {
        int before = upstream.predictBatches().size();
        given().when().post("/monitor-trigger").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE))
                .when().post("/monitor-trigger").then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, upstream.predictBatches().size(), "no cycle ran");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}

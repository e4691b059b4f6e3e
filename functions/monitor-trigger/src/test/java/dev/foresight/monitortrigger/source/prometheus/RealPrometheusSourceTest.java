package dev.foresight.monitortrigger.source.prometheus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.RealPrometheus;
import dev.foresight.monitortrigger.testing.RecordingUpstream;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Prometheus source against the real Prometheus, scraping the real node exporter and this
 * application's own {@code /q/metrics}: a cycle stores what Prometheus holds for both, a broken
 * query is one service's error, a second cycle asks only for what is new, and a Prometheus that
 * is gone is reported while the cycle goes on.
 */
@QuarkusTest
@WithTestResource(RealPrometheus.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealPrometheusSourceTest {
    private static final Logger LOG = Logger.getLogger(RealPrometheusSourceTest.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RecordingUpstream upstream;

    @Inject
    ServiceRepository services;
    @Inject
    SnapshotRepository snapshots;
    @Inject
    dev.foresight.monitortrigger.config.MonitorTriggerConfig monitorConfig;
    @Inject
    dev.foresight.shared.egress.EgressGuard egress;
    @Inject
    PrometheusClient client;

    private final Config config = ConfigProvider.getConfig();
    private final String node = config.getValue("prom-test.node-service", String.class);
    private final String self = config.getValue("prom-test.self-service", String.class);
    private final String broken = config.getValue("prom-test.broken-service", String.class);

    @BeforeAll
    static void startUpstream() throws Exception {
        Config c = ConfigProvider.getConfig();
        upstream = RecordingUpstream.start(URI.create(c.getValue("foresight.monitor-trigger.predict-url", String.class)).getPort(),
                c.getValue("foresight.monitor-trigger.client-id", String.class),
                c.getValue("foresight.monitor-trigger.client-secret", String.class));
    }

    @AfterAll
    static void stopUpstream() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static JsonPath trigger() {
        return given().header("Authorization", TestTokens.bearer(Api.MONITOR_WRITE)).when().post("/monitor-trigger")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<SnapshotEntity> rowsOf(String service) {
        long id = Db.read(() -> services.find("name", service).firstResult()).id;
        return Db.read(() -> snapshots.list("serviceId", Sort.by("time"), id));
    }

    /** Asks Prometheus directly (with its password) until {@code query} has at least {@code count} series. */
    private void awaitSeries(String query, int count) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (RealPrometheus.USER + ":" + RealPrometheus.PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(config.getValue("prom-test.prometheus-url", String.class) + "/api/v1/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        String body = "";
        for (int i = 0; i < 150; i++) {
            body = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", auth).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            PromAnswer answer = ResponseParser.parse(200, body);
            if (answer instanceof PromAnswer.Data data && data.series().size() >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Prometheus never had " + count + " series for " + query + ": " + body);
    }

    @Test
    @Order(1)
    void aCycleCollectsTheNodeExporterAndTheApplicationFromPrometheus() throws Exception {
        Api.service(node, null);
        Api.service(self, null);
        Api.service(broken, null);
        // steady traffic, so that this application's request rate and latency are not zero
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread traffic = new Thread(() -> {
            for (int i = 0; i < 240 && !done.get(); i++) {
                given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).get("/services?limit=1");
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        traffic.start();
        JsonPath report;
        try {
            awaitSeries("up == 1", 2);
            awaitSeries("rate(http_server_requests_seconds_count{job=\"foresight-self\"}[5s]) > 0", 1);
            Thread.sleep(5_000); // a few points with a request rate, older than the 2 s ingest delay
            report = trigger();
        } finally {
            done.set(true);
            traffic.join();
        }
        LOG.infof("cycle report with Prometheus: %s", report.prettify());

        Map<String, Object> source = report.getMap("sources.find { it.source == 'prometheus' }");
        assertEquals(2, source.get("servicesCollected"), report.prettify());
        assertEquals("collect", report.getString("errors.find { it.service == '" + broken + "' }.step"));
        assertEquals("prometheus", report.getString("errors.find { it.service == '" + broken + "' }.source"));
        String brokenMessage = report.getString("errors.find { it.service == '" + broken + "' }.message");
        assertTrue(brokenMessage.startsWith("query \"cpu\": HTTP 400 bad_data: "), brokenMessage);
        assertTrue(rowsOf(broken).isEmpty(), "a service whose queries did not all answer stores nothing");

        List<SnapshotEntity> nodeRows = rowsOf(node);
        assertFalse(nodeRows.isEmpty());
        SnapshotEntity lastNode = nodeRows.get(nodeRows.size() - 1);
        LOG.infof("node exporter, last point: time=%s health=%s cpu=%s memory=%s (%d points)", lastNode.time,
                lastNode.health, lastNode.cpu, lastNode.memory, nodeRows.size());
        assertEquals("prometheus", lastNode.metadata.get("source"));
        assertEquals(1.0, lastNode.health);
        assertTrue(lastNode.memory > 0 && lastNode.memory < 1, "memory in use " + lastNode.memory);
        assertTrue(nodeRows.stream().anyMatch(r -> r.cpu != null && r.cpu >= 0 && r.cpu <= 1));
        assertNull(lastNode.latencyMs, "the node preset has no latency query");

        List<SnapshotEntity> selfRows = rowsOf(self);
        SnapshotEntity lastSelf = selfRows.get(selfRows.size() - 1);
        LOG.infof("this application, last point: time=%s health=%s latencyMs=%s errorRate=%s cpu=%s memory=%s requests=%s",
                lastSelf.time, lastSelf.health, lastSelf.latencyMs, lastSelf.errorRate, lastSelf.cpu, lastSelf.memory,
                lastSelf.requestCount);
        assertEquals(1.0, lastSelf.health);
        assertTrue(selfRows.stream().anyMatch(r -> r.latencyMs != null && r.latencyMs > 0), "request latency seen");
        assertTrue(selfRows.stream().anyMatch(r -> r.errorRate != null && r.errorRate >= 0 && r.errorRate <= 1));
        assertTrue(selfRows.stream().anyMatch(r -> r.requestCount != null && r.requestCount > 0), "requests per step seen");
        assertTrue(lastSelf.memory != null && lastSelf.memory > 0 && lastSelf.memory < 1, "heap in use " + lastSelf.memory);
        assertNotNull(lastSelf.cpu);
        // one row per step: Prometheus's 1 s grid
        assertTrue(selfRows.stream().allMatch(r -> r.time.toInstant().toEpochMilli() % 1000 == 0));
    }

    @Test
    @Order(2)
    void theInstantAndRangeQueriesAnswerThroughTheEgressPolicyWithBasicAuth() {
        PrometheusSettings settings = PrometheusSettings.from(monitorConfig.prometheus(), egress.policy()).orElseThrow();
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        PromAnswer instant = client.instant(settings, "up", now).await().atMost(Duration.ofSeconds(10));
        assertEquals(2, ((PromAnswer.Data) instant).series().size(), instant.toString());
        java.time.Instant start = now.minusSeconds(5);
        java.time.Instant end = now.minusSeconds(1);
        PromAnswer range = client.range(settings, "sum(up)", new RangeSplitter.Range(start, end, 5))
                .await().atMost(Duration.ofSeconds(10));
        // a point whose scrape Prometheus had not yet ingested is simply absent; those present sit on the 1 s grid
        List<Sample> samples = ((PromAnswer.Data) range).series().get(0).samples();
        assertFalse(samples.isEmpty(), range.toString());
        assertTrue(samples.stream().allMatch(x -> !x.time().isBefore(start) && !x.time().isAfter(end)
                && x.time().toEpochMilli() % 1000 == 0), range.toString());
        assertEquals(2.0, samples.get(samples.size() - 1).value(), range.toString());
        PromAnswer bad = client.instant(settings, "sum(", now).await().atMost(Duration.ofSeconds(10));
        assertTrue(((PromAnswer.Failed) bad).reason().startsWith("HTTP 400 bad_data: "), bad.toString());
    }

    @Test
    @Order(3)
    void theNextCycleAsksOnlyForWhatIsNew() throws Exception {
        int before = rowsOf(node).size();
        Thread.sleep(2_100);
        trigger();
        List<SnapshotEntity> rows = rowsOf(node);
        assertTrue(rows.size() > before, "new points after 2 s");
        Set<Long> times = rows.stream().map(r -> r.time.toInstant().toEpochMilli()).collect(Collectors.toSet());
        assertEquals(rows.size(), times.size(), "no timestamp stored twice");
    }

    @Test
    @Order(4)
    void metricsCountSourceErrorsAndCollectedServices() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        // each series carries the common application tag too
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("foresight_monitor_services_collected{")
                && l.contains("source=\"prometheus\"") && l.endsWith("} 2.0")), metrics);
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("foresight_monitor_source_errors_total{")
                && l.contains("source=\"prometheus\"") && l.endsWith("} 2.0")), "the broken service, once per cycle");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("foresight_monitor_source_errors_total{")
                && l.contains("source=\"probe\"") && l.endsWith("} 0.0")), "created up front");
    }

    @Test
    @Order(5)
    void aPrometheusThatIsGoneIsReportedAndTheCycleGoesOn() throws Exception {
        ProcessHandle prometheus = ProcessHandle.of(config.getValue("prom-test.prometheus-pid", Long.class)).orElseThrow();
        prometheus.destroy();
        prometheus.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(1_100); // a new step is due

        JsonPath report = trigger();
        LOG.infof("cycle report with Prometheus gone: %s", report.prettify());
        assertEquals(0, (int) report.get("sources.find { it.source == 'prometheus' }.servicesCollected"));
        List<String> messages = report.getList("errors.findAll { it.source == 'prometheus' }.message");
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.stream().allMatch(m -> m.startsWith("queries ") && m.endsWith(": ConnectException: Connection refused")),
                messages.toString());
        assertNotNull(report.getString("cycleId"));
    }
}

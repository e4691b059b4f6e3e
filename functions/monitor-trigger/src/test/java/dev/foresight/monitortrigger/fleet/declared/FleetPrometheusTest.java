package dev.foresight.monitortrigger.fleet.declared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.monitortrigger.testing.Api;
import dev.foresight.monitortrigger.testing.Db;
import dev.foresight.monitortrigger.testing.FleetVersions;
import dev.foresight.monitortrigger.testing.RealPrometheus;
import dev.foresight.monitortrigger.testing.RecordingUpstream;
import dev.foresight.shared.fleet.FleetVersionRepository;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.fleet.SnapshotEntity;
import dev.foresight.shared.fleet.SnapshotRepository;
import dev.foresight.shared.testing.TestTokens;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fleet document's {@code prometheus:} blocks drive the real Prometheus source: a service
 * declared with the node preset is collected from the real node exporter, one with its own query
 * from this application's metrics, and a configured service whose broken query the document
 * switches off is collected without it.
 */
@QuarkusTest
@WithTestResource(RealPrometheus.class)
@TestProfile(FleetPrometheusTest.OwnApplication.class)
class FleetPrometheusTest {
    /** An application (and a Prometheus) of its own: RealPrometheusSourceTest counts every cycle its application ran. */
    public static class OwnApplication implements QuarkusTestProfile {}

    private static RecordingUpstream upstream;

    @Inject
    FleetVersionRepository versions;
    @Inject
    ServiceRepository services;
    @Inject
    SnapshotRepository snapshots;

    private final Config config = ConfigProvider.getConfig();

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

    /** What the document registered: the same Prometheus (and its configured services) serves the next test class. */
    private final List<String> declared = new java.util.ArrayList<>();

    @AfterEach
    void forget() {
        FleetVersions.forget(versions);
        for (String name : declared) {
            given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).when().delete("/services/" + name + "?force=true")
                    .then().statusCode(200);
        }
    }

    private List<SnapshotEntity> rowsOf(String service) {
        long id = Db.read(() -> services.find("name", service).firstResult()).id;
        return Db.read(() -> snapshots.list("serviceId", Sort.by("time"), id));
    }

    /** Asks Prometheus itself until both scrape targets (node exporter, this application) are up. */
    private void awaitBothTargetsUp() throws Exception {
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (RealPrometheus.USER + ":" + RealPrometheus.PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(config.getValue("prom-test.prometheus-url", String.class) + "/api/v1/query?query=up%20%3D%3D%201");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String body = "";
        for (int i = 0; i < 150; i++) {
            body = http.send(java.net.http.HttpRequest.newBuilder(uri).header("Authorization", auth).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            if (JsonPath.from(body).getList("data.result").size() >= 2) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Prometheus never saw both targets up: " + body);
    }

    @Test
    void theDeclaredQueriesAreTheOnesAsked() throws Exception {
        String configuredNode = config.getValue("prom-test.node-service", String.class);
        String instance = config.getValue("foresight.monitor-trigger.prometheus.services.\"" + configuredNode + "\".instance",
                String.class);
        String broken = config.getValue("prom-test.broken-service", String.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String host = "file-node-" + suffix;
        String self = "file-self-" + suffix;
        String yaml = """
                services:
                  - name: %s
                    prometheus: {preset: node, instance: "%s"}
                  - name: %s
                    prometheus:
                      preset: none
                      queries: {health: 'min(up{job="foresight-self"})'}
                  - name: %s
                    prometheus: {job: foresight-self, queries: {cpu: "-"}}
                """.formatted(host, instance, self, broken);
        declared.addAll(List.of(host, self, broken));
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).when().post("/fleet").then().statusCode(201);

        awaitBothTargetsUp();
        Thread.sleep(4_000); // a few scrapes older than the 2 s ingest delay
        JsonPath report = given().header("Authorization", TestTokens.bearer(Api.MONITOR_WRITE)).when().post("/monitor-trigger")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(3, (Integer) report.get("sources.find { it.source == 'prometheus' }.servicesCollected"), report.prettify());
        for (String declared : List.of(host, self, broken)) {
            assertNull(report.get("errors.find { it.service == '" + declared + "' }"), report.prettify());
        }
        List<SnapshotEntity> hostRows = rowsOf(host);
        assertFalse(hostRows.isEmpty());
        assertTrue(hostRows.stream().allMatch(r -> "prometheus".equals(r.metadata.get("source"))));
        assertTrue(hostRows.stream().anyMatch(r -> r.memory != null && r.memory > 0 && r.memory < 1), "node memory in use");
        assertTrue(hostRows.stream().allMatch(r -> r.latencyMs == null), "the node preset has no latency query");

        List<SnapshotEntity> selfRows = rowsOf(self);
        assertFalse(selfRows.isEmpty());
        assertTrue(selfRows.stream().allMatch(r -> r.cpu == null && r.memory == null && r.latencyMs == null),
                "only the declared health query");
        assertEquals(1.0, selfRows.get(selfRows.size() - 1).health, "this application is up");

        List<SnapshotEntity> brokenRows = rowsOf(broken);
        assertFalse(brokenRows.isEmpty(), "the configured broken cpu query is switched off by the document");
        assertTrue(brokenRows.stream().allMatch(r -> r.cpu == null));
        assertTrue(brokenRows.stream().anyMatch(r -> r.memory != null));
    }
}

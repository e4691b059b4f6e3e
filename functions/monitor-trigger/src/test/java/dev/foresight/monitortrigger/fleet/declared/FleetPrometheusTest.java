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
class FleetPrometheusTest {
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

    @AfterEach
    void forget() {
        FleetVersions.forget(versions);
    }

    private List<SnapshotEntity> rowsOf(String service) {
        long id = Db.read(() -> services.find("name", service).firstResult()).id;
        return Db.read(() -> snapshots.list("serviceId", Sort.by("time"), id));
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
        given().header("Authorization", TestTokens.bearer(Api.FLEET_WRITE)).contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).when().post("/fleet").then().statusCode(201);

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

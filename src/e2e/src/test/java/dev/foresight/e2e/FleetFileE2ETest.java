package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged monitor-trigger with a fleet file: an invalid file stops the start with every
 * error; a valid one is the fleet, across restarts, and API writes that contradict it are refused.
 */
class FleetFileE2ETest {
    private static final String CLIENT = "fleet-admin";
    private static final String SECRET = "fleet-admin-secret-0123456789";
    private static final Path ROOT = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("functions/monitor-trigger/target/quarkus-app/quarkus-run.jar");

    private static TokenRefreshPeer tokens;
    private static Path files;

    @BeforeAll
    static void start() throws Exception {
        tokens = TokenRefreshPeer.start(CLIENT + ":" + SECRET + ":fleet:write");
        files = Files.createTempDirectory("fleet-files-");
    }

    @AfterAll
    static void stop() {
        if (tokens != null) {
            tokens.close();
        }
    }

    private static Map<String, String> env(Path fleetFile, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("FORESIGHT_DB_NAME", E2eDatabase.NAME);
        env.put("FORESIGHT_JWKS_URL", tokens.jwksUrl().toString());
        env.put("FORESIGHT_EGRESS_ALLOW", Fleet.LOCAL_EGRESS);
        env.put("FORESIGHT_FLEET_FILE", fleetFile.toString());
        env.put("FORESIGHT_MONITOR_TRIGGER_LOCK_KEY", "foresight:lock:monitor-cycle:fleet-file-e2e");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return env;
    }

    private static PeerProcess monitor(Path fleetFile, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return PeerProcess.start("monitor-trigger", Files.createTempDirectory("monitor-trigger-"),
                List.of(java, "-Xmx192m", "-jar", JAR.toString()), env(fleetFile, port),
                URI.create("http://127.0.0.1:" + port + "/q/health/ready"), Duration.ofSeconds(120));
    }

    private static List<String> names(JsonNode services) {
        List<String> names = new ArrayList<>();
        services.forEach(s -> names.add(s.path("name").asText()));
        return names.stream().sorted().toList();
    }

    @Test
    void anInvalidFileStopsTheStartWithEveryError() throws Exception {
        Path bad = files.resolve("bad-fleet.yaml");
        Files.writeString(bad, """
                services:
                  - name: api
                  - name: payments
                    prometheus: {queries: {latency-ms: 'avg(latency{service="{{servce}}"})'}}
                  - name: api
                dependencies:
                  - {from: api, to: paymnts, kind: critical}
                  - {from: api, to: payments, kind: critical}
                  - {from: payments, to: api, kind: critical}
                """, StandardCharsets.UTF_8);
        Path log = files.resolve("bad-start.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx192m", "-jar", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env(bad, PeerProcess.freePort()));
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "monitor-trigger should stop by itself");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertNotEquals(0, process.exitValue(), output);
        assertTrue(output.contains("invalid fleet file \"" + bad + "\" (foresight.monitor-trigger.fleet.file), 4 errors:\n"
                + "  services[1].prometheus.queries.latency-ms uses \"{{servce}}\": unknown template variable; known: instance, job,"
                + " rate_window, service, step, step_seconds\n"
                + "  services[2].name \"api\" is declared twice (first at services[0])\n"
                + "  dependencies[0].to \"paymnts\" is not a declared service (did you mean \"payments\"?)\n"
                + "  dependencies has a cycle of critical edges: api → payments → api (dependencies[1], dependencies[2]); make one"
                + " of them optional or fallback\n"), output);
    }

    @Test
    void theFileIsTheFleetAcrossRestarts() throws Exception {
        Path file = files.resolve("fleet.yaml");
        String demo = Files.readString(ROOT.resolve("src/demo/fleet.yaml"), StandardCharsets.UTF_8);
        Files.writeString(file, demo, StandardCharsets.UTF_8);
        int port = PeerProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        String token = tokens.token(CLIENT, SECRET);
        List<String> logs = new ArrayList<>();

        try (PeerProcess first = monitor(file, port)) {
            Api.Reply fleet = Api.get(base + "/fleet", token);
            assertEquals(200, fleet.status(), fleet.toString());
            assertEquals(1, fleet.body().path("version").asInt());
            assertEquals("file", fleet.body().path("origin").asText());
            assertEquals(file.toString(), fleet.body().path("filePath").asText());
            assertEquals(List.of("checkout", "frontend", "search"), names(Api.get(base + "/services", token).body()));
            Api.Reply refused = Api.post(base + "/services", token, "{\"name\":\"billing\"}");
            assertEquals(409, refused.status(), refused.toString());
            assertEquals("application/problem+json", refused.contentType());
            logs.add(first.output());
        }

        // the file changes between two starts: a new version, and the registrations follow it
        Files.writeString(file, demo.replace("latencySloMs: 800", "latencySloMs: 600")
                .replace("dependencies:\n", "  - name: payments\n    runbookUrl: https://runbooks.example.com/payments\n\ndependencies:\n")
                + "  - from: checkout\n    to: payments\n    kind: critical\n", StandardCharsets.UTF_8);
        try (PeerProcess second = monitor(file, port)) {
            assertEquals(2, Api.get(base + "/fleet", token).body().path("version").asInt());
            assertEquals(List.of("checkout", "frontend", "payments", "search"), names(Api.get(base + "/services", token).body()));
            assertEquals(600.0, Api.get(base + "/services/frontend", token).body().path("latencySloMs").asDouble());
            JsonNode graph = Api.get(base + "/dependencies/graph", token).body();
            assertEquals(3, graph.path("dependencies").size(), graph.toString());
            assertEquals(0, graph.path("criticalCycles").size(), graph.toString());
            logs.add(second.output());
        }

        // the same file again: no new version
        try (PeerProcess third = monitor(file, port)) {
            JsonNode versions = Api.get(base + "/fleet/versions", token).body();
            assertEquals(2, versions.size(), versions.toString());
            logs.add(third.output());
        }
        for (String log : logs) {
            assertTrue(log.lines().noneMatch(l -> l.contains(" ERROR ")), log);
        }
        assertTrue(logs.get(2).contains("version 2 (unchanged); 0 service(s) added, 0 updated, 0 removed"), logs.get(2));
    }
}

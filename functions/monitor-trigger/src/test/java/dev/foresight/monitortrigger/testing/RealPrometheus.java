package dev.foresight.monitortrigger.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real Prometheus ({@code /usr/bin/prometheus}) and node exporter, Debian's packages, on
 * ephemeral ports, scraping every second the node exporter and this test's own application on
 * {@code /q/metrics} (its test port is fixed here so that Prometheus knows it). Prometheus asks
 * for HTTP basic authentication. The monitor-trigger configuration points the Prometheus source
 * at it with three services of fresh names: a node (node preset), the application itself
 * (Micrometer preset) and one whose CPU query is not valid PromQL.
 */
public class RealPrometheus implements QuarkusTestResourceLifecycleManager {
    public static final String USER = "foresight";
    /** The password whose bcrypt hash is in web.yml (Prometheus's documentation example). */
    public static final String PASSWORD = "test";
    private static final String BCRYPT = "$2b$12$hNf2lSsxfm0.i4a.1kVpSOVyBCfIB51VRjgBUyv6kdnyTlgWj81Ay";

    private Path dir;
    private ChildProcess nodeExporter;
    private ChildProcess prometheus;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("foresight-prometheus-");
            int nodePort = ChildProcess.freePort();
            nodeExporter = ChildProcess.start("node-exporter", dir, List.of("/usr/bin/prometheus-node-exporter",
                    "--web.listen-address=127.0.0.1:" + nodePort, "--collector.disable-defaults",
                    "--collector.cpu", "--collector.meminfo", "--collector.loadavg"),
                    URI.create("http://127.0.0.1:" + nodePort + "/metrics"), Map.of());
            int appPort = ChildProcess.freePort();
            int promPort = ChildProcess.freePort();
            Files.writeString(dir.resolve("web.yml"), "basic_auth_users:\n  " + USER + ": " + BCRYPT + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                      evaluation_interval: 1s
                    scrape_configs:
                      - job_name: node
                        static_configs: [{targets: ["127.0.0.1:%d"]}]
                      - job_name: foresight-self
                        metrics_path: /q/metrics
                        static_configs: [{targets: ["127.0.0.1:%d"]}]
                    """.formatted(nodePort, appPort), StandardCharsets.UTF_8);
            String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            prometheus = ChildProcess.start("prometheus", dir, List.of("/usr/bin/prometheus",
                    "--config.file=" + dir.resolve("prometheus.yml"), "--storage.tsdb.path=" + dir.resolve("data"),
                    "--web.config.file=" + dir.resolve("web.yml"), "--web.listen-address=127.0.0.1:" + promPort),
                    URI.create("http://127.0.0.1:" + promPort + "/-/ready"), Map.of("Authorization", auth));
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String node = "prom-node-" + suffix;
            String self = "prom-self-" + suffix;
            String broken = "prom-broken-" + suffix;
            String p = "foresight.monitor-trigger.prometheus.";
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.http.test-port", Integer.toString(appPort));
            config.put(p + "url", "http://127.0.0.1:" + promPort);
            config.put(p + "username", USER);
            config.put(p + "password", PASSWORD);
            config.put(p + "step", "1s");
            config.put(p + "window", "30s");
            // two scrapes behind: under load a scrape can land a moment late
            config.put(p + "ingest-delay", "2s");
            config.put(p + "rate-window", "5s");
            // 31 points per query in pieces of at most 10: the split is exercised against the real server
            config.put(p + "max-points-per-query", "10");
            config.put(p + "services.\"" + node + "\".preset", "node");
            config.put(p + "services.\"" + node + "\".instance", "127.0.0.1:" + nodePort);
            config.put(p + "services.\"" + self + "\".job", "foresight-self");
            config.put(p + "services.\"" + broken + "\".job", "foresight-self");
            config.put(p + "services.\"" + broken + "\".queries.cpu", "rate(process_cpu_usage{job=\"{{job}}\"}[");
            config.put("prom-test.node-service", node);
            config.put("prom-test.self-service", self);
            config.put("prom-test.broken-service", broken);
            config.put("prom-test.prometheus-url", "http://127.0.0.1:" + promPort);
            config.put("prom-test.prometheus-pid", Long.toString(prometheus.pid()));
            return config;
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("could not start Prometheus", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while starting Prometheus", e);
        }
    }

    @Override
    public void stop() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (nodeExporter != null) {
            nodeExporter.close();
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary directory is harmless
            }
        }
    }
}

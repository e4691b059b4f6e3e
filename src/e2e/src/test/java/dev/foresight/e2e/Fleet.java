package dev.foresight.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five packaged functions, started as separate JVM processes on their own ports. */
final class Fleet implements AutoCloseable {
    static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    /** {@code FORESIGHT_E2E_PORT_BASE} moves the five ports (base+1 … base+5), so two checkouts can run side by side. */
    static final int PORT_BASE = Integer.parseInt(System.getenv().getOrDefault("FORESIGHT_E2E_PORT_BASE", "18080"));

    static {
        PORTS.put("token-refresh", PORT_BASE + 1);
        PORTS.put("predict", PORT_BASE + 2);
        PORTS.put("alert-route", PORT_BASE + 3);
        PORTS.put("embed", PORT_BASE + 4);
        PORTS.put("monitor-trigger", PORT_BASE + 5);
    }

    private final Path root;
    private final Path workDir;
    private final List<Process> processes = new ArrayList<>();

    Fleet(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
    }

    /**
     * What every suite's fleet needs: the e2e database, token-refresh's key and JWKS, the seeded
     * {@code clients} ("id:secret:scopes;…"), monitor-trigger's own client and its peers, and a
     * cycle lock of its own. A suite adds what only it needs.
     */
    /** The egress allow list of every function started here: health URLs and webhooks are local servers. */
    static final String LOCAL_EGRESS = "127.0.0.0/8,::1/128";

    static Map<String, String> environment(Path workDir, String clients, String monitorClient, String monitorSecret) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("FORESIGHT_DB_NAME", E2eDatabase.NAME);
        env.put("FORESIGHT_EGRESS_ALLOW", LOCAL_EGRESS);
        env.put("FORESIGHT_JWKS_URL", url("token-refresh") + "/.well-known/jwks.json");
        env.put("FORESIGHT_SIGNING_KEY", workDir.resolve("signing-key.pem").toString());
        env.put("FORESIGHT_CLIENTS", clients + ";" + monitorClient + ":" + monitorSecret + ":predict:write alerts:write");
        env.put("FORESIGHT_MONITOR_CLIENT_ID", monitorClient);
        env.put("FORESIGHT_MONITOR_CLIENT_SECRET", monitorSecret);
        env.put("FORESIGHT_TOKEN_URL", url("token-refresh") + "/token");
        env.put("FORESIGHT_PREDICT_URL", url("predict"));
        env.put("FORESIGHT_ALERT_ROUTE_URL", url("alert-route"));
        // its own cycle lock: a fleet running beside the tests must not make a cycle "already running"
        env.put("FORESIGHT_MONITOR_TRIGGER_LOCK_KEY", "foresight:lock:monitor-cycle:" + E2eDatabase.NAME);
        return env;
    }

    static String url(String function) {
        return "http://127.0.0.1:" + PORTS.get(function);
    }

    /** Starts token-refresh first (the others fetch its JWKS), then the rest in parallel. */
    void start(Map<String, String> env) throws Exception {
        Files.createDirectories(workDir);
        start("token-refresh", env);
        awaitReady("token-refresh");
        for (String f : List.of("predict", "alert-route", "embed", "monitor-trigger")) {
            start(f, env);
        }
        for (String f : List.of("predict", "alert-route", "embed", "monitor-trigger")) {
            awaitReady(f);
        }
    }

    private void start(String function, Map<String, String> env) throws IOException {
        Path jar = root.resolve("functions").resolve(function).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run mvn package first)");
        }
        String heap = function.equals("embed") ? "-Xmx768m" : "-Xmx192m";
        ProcessBuilder pb = new ProcessBuilder(javaBin(), heap, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(function + ".log").toFile());
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(PORTS.get(function)));
        processes.add(pb.start());
    }

    private void awaitReady(String function) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(function) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(function + " exited during start-up; see " + workDir.resolve(function + ".log"));
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(function + " not ready after 120 s; see " + workDir.resolve(function + ".log"));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}

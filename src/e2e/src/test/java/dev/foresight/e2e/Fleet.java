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

    static {
        PORTS.put("token-refresh", 18081);
        PORTS.put("predict", 18082);
        PORTS.put("alert-route", 18083);
        PORTS.put("embed", 18084);
        PORTS.put("monitor-trigger", 18085);
    }

    private final Path root;
    private final Path workDir;
    private final List<Process> processes = new ArrayList<>();

    Fleet(Path root, Path workDir) {
        this.root = root;
        this.workDir = workDir;
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

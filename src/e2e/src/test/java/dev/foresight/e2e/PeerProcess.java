package dev.foresight.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A third-party binary (Alertmanager, Prometheus) run as a child process in its own temporary
 * directory, its output kept in {@code output.log} there for the failure message.
 */
final class PeerProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path dir;
    private final Path log;
    private final Process process;

    private PeerProcess(String name, Path dir, Path log, Process process) {
        this.name = name;
        this.dir = dir;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code command} in {@code dir} and waits until {@code readyUrl} answers 200. */
    static PeerProcess start(String name, Path dir, List<String> command, URI readyUrl) throws IOException, InterruptedException {
        return start(name, dir, command, java.util.Map.of(), readyUrl, Duration.ofSeconds(30));
    }

    /** The same, with extra environment variables and a longer wait (a JVM function starts slower than a Go binary). */
    static PeerProcess start(String name, Path dir, List<String> command, java.util.Map<String, String> env, URI readyUrl,
            Duration wait) throws IOException, InterruptedException {
        Path binary = Path.of(command.get(0));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is not installed (src/setup/install.sh --with-peers)");
        }
        Path log = dir.resolve("output.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        PeerProcess peer = new PeerProcess(name, dir, log, process);
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + peer.output());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return peer;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        peer.close();
        throw new IllegalStateException(name + " not ready at " + readyUrl + " within " + wait.toSeconds() + " s:\n" + peer.output());
    }

    /** A port free at the time of asking; the peer binds it a moment later. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteDirectory();
    }

    /** SIGKILL: no shutdown hook runs, as when a node dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        deleteDirectory();
    }

    /** The temporary directory goes with the process; failures have already quoted its log. */
    private void deleteDirectory() {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

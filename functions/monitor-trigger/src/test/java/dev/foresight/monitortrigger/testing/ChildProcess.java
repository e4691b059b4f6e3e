package dev.foresight.monitortrigger.testing;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A third-party binary (Prometheus, the node exporter) run as a child process in a temporary
 * directory, its output kept there for failure messages; started only once it answers 200.
 */
public final class ChildProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code command} in {@code dir}, waiting up to 30 s for {@code readyUrl} to answer 200 (sent with {@code headers}). */
    public static ChildProcess start(String name, Path dir, List<String> command, URI readyUrl, Map<String, String> headers)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(command.get(0)))) {
            throw new IllegalStateException(command.get(0) + " is not installed (src/setup/install.sh --with-peers)");
        }
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ChildProcess child = new ChildProcess(name, log, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + child.output());
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(2));
                headers.forEach(request::header);
                if (HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return child;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        child.close();
        throw new IllegalStateException(name + " not ready at " + readyUrl + " within 30 s:\n" + child.output());
    }

    /** A port free at the time of asking; the child binds it a moment later. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
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
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.foresight.e2e;

import java.io.IOException;
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

/**
 * The real Alertmanager ({@code /usr/bin/prometheus-alertmanager}, Debian's package) as a child
 * process: its own temporary directory, an ephemeral port on 127.0.0.1, no clustering. Never the
 * daemon Debian may have started on 9093.
 */
final class AlertmanagerPeer implements AlertmanagerApi {
    static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final String EMPTY_CONFIG = """
            route:
              receiver: blackhole
            receivers:
              - name: blackhole
            """;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path dir;
    private final Path configFile;
    private final URI baseUrl;
    private final PeerProcess process;

    private AlertmanagerPeer(String name, Path dir, Path configFile, URI baseUrl, PeerProcess process) {
        this.name = name;
        this.dir = dir;
        this.configFile = configFile;
        this.baseUrl = baseUrl;
        this.process = process;
    }

    /** Starts with a configuration that routes everything to a receiver with no integrations. */
    static AlertmanagerPeer start(String name) throws IOException, InterruptedException {
        return start(name, EMPTY_CONFIG);
    }

    static AlertmanagerPeer start(String name, String yaml) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("alertmanager-" + name + "-");
        Path configFile = dir.resolve("alertmanager.yml");
        Files.writeString(configFile, yaml, StandardCharsets.UTF_8);
        int port = PeerProcess.freePort();
        URI baseUrl = URI.create("http://127.0.0.1:" + port + "/");
        PeerProcess process = PeerProcess.start(name, dir, List.of(BINARY.toString(),
                "--config.file=" + configFile,
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=",
                "--log.level=debug"), baseUrl.resolve("-/ready"));
        return new AlertmanagerPeer(name, dir, configFile, baseUrl, process);
    }

    /** Rewrites the configuration file and asks Alertmanager to reload it; fails on a refused config. */
    void reload(String yaml) throws IOException, InterruptedException {
        Files.writeString(configFile, yaml, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(baseUrl.resolve("-/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " refused the configuration (" + response.statusCode() + "): "
                    + response.body() + "\n" + yaml);
        }
    }

    @Override
    public void load(String yaml) throws IOException, InterruptedException {
        reload(yaml);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of();
    }

    Path dir() {
        return dir;
    }

    /** Alertmanager's own log, for a failure message. */
    String log() {
        return process.output();
    }

    @Override
    public void close() {
        process.close();
    }
}

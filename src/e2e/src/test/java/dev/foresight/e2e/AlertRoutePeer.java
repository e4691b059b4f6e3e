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
 * Foresight's packaged alert-route started alone as a drop-in Alertmanager, the way
 * {@code ./foresight alertmanager --config.file=… --web.listen-address=… --foresight.auth=none}
 * starts it: its own Alertmanager file, the e2e database, no token required.
 */
final class AlertRoutePeer implements AlertmanagerApi {
    private static final String EMPTY_CONFIG = """
            route:
              receiver: blackhole
            receivers:
              - name: blackhole
            """;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path configFile;
    private final URI baseUrl;
    private final PeerProcess process;
    private final Map<String, String> headers;

    private AlertRoutePeer(Path configFile, URI baseUrl, PeerProcess process, Map<String, String> headers) {
        this.configFile = configFile;
        this.baseUrl = baseUrl;
        this.process = process;
        this.headers = headers;
    }

    /**
     * On the issuer's database, with authentication on, as it runs by default: tokens come from {@code issuer}'s JWKS, and
     * this peer's own calls carry {@code bearer}.
     */
    static AlertRoutePeer startSecured(String yaml, TokenRefreshPeer issuer, String bearer) throws IOException, InterruptedException {
        // the database is the issuer's, which it created fresh with its clients
        return start(yaml, Map.of("FORESIGHT_JWKS_URL", issuer.jwksUrl().toString()), Map.of("Authorization", "Bearer " + bearer));
    }

    /** On a fresh e2e database, as the real Alertmanager starts on a fresh storage directory. */
    static AlertRoutePeer start() throws IOException, InterruptedException {
        return startFresh(Map.of());
    }

    /** On a fresh e2e database, with extra settings ({@code FORESIGHT_…} environment variables). */
    static AlertRoutePeer startFresh(Map<String, String> settings) throws IOException, InterruptedException {
        try {
            E2eDatabase.recreate();
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot recreate the e2e database: " + e.getMessage(), e);
        }
        AlertRoutePeer peer = start(EMPTY_CONFIG, settings);
        peer.warmUp();
        return peer;
    }

    /** Another instance on the database as it is, with this configuration and extra settings (no warm-up). */
    static AlertRoutePeer start(String yaml, Map<String, String> settings) throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>(Map.of("QUARKUS_PROFILE", "prod,auth-none",
                "FORESIGHT_JWKS_URL", "http://127.0.0.1:9/unused"));
        env.putAll(settings);
        return start(yaml, env, Map.of());
    }

    /** Another instance on the database as it is, started with this configuration (no warm-up). */
    static AlertRoutePeer start(String yaml) throws IOException, InterruptedException {
        return start(yaml, Map.of("QUARKUS_PROFILE", "prod,auth-none", "FORESIGHT_JWKS_URL", "http://127.0.0.1:9/unused"), Map.of());
    }

    private static AlertRoutePeer start(String yaml, Map<String, String> auth, Map<String, String> headers)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        Path jar = root.resolve("functions/alert-route/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run mvn package first)");
        }
        Path dir = Files.createTempDirectory("alert-route-");
        Path configFile = dir.resolve("alertmanager.yml");
        Files.writeString(configFile, yaml, StandardCharsets.UTF_8);
        int port = PeerProcess.freePort();
        URI baseUrl = URI.create("http://127.0.0.1:" + port + "/");
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "FORESIGHT_DB_NAME", E2eDatabase.NAME,
                "FORESIGHT_ALERTMANAGER_CONFIG", configFile.toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                // the webhook receivers of these scenarios listen on this machine
                "FORESIGHT_EGRESS_ALLOW", Fleet.LOCAL_EGRESS));
        env.putAll(auth);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        PeerProcess process = PeerProcess.start("alert-route", dir, List.of(java, "-Xmx256m", "-jar", jar.toString()),
                env, baseUrl.resolve("-/ready"), Duration.ofSeconds(120));
        return new AlertRoutePeer(configFile, baseUrl, process, headers);
    }

    /** Ends the process with SIGKILL, as when its node dies. */
    void kill() throws InterruptedException, IOException {
        Files.writeString(Path.of("target", "alert-route-peer-" + baseUrl.getPort() + ".log"), process.output(), StandardCharsets.UTF_8);
        process.kill();
    }

    /**
     * A JVM's first requests run before its code is compiled: a few rounds of intake, reading and a
     * flush before the clock starts, so the comparison measures routing, not start-up (a Go
     * binary has no such warm-up).
     */
    private void warmUp() throws IOException, InterruptedException {
        String warm = """
                route:
                  receiver: warm
                  group_wait: 0s
                  group_interval: 1s
                receivers:
                  - name: warm
                """;
        load(warm);
        for (int i = 0; i < 20; i++) {
            HTTP.send(HttpRequest.newBuilder(baseUrl.resolve("api/v2/alerts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"labels\":{\"alertname\":\"WarmUp\",\"i\":\"" + i
                            + "\"},\"endsAt\":\"" + java.time.Instant.now().plusSeconds(2) + "\"}]"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            HTTP.send(HttpRequest.newBuilder(baseUrl.resolve("api/v2/alerts")).build(), HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(3000); // the warm-up alerts end and their group flushes and leaves
        load(EMPTY_CONFIG);
    }

    @Override
    public void load(String yaml) throws IOException, InterruptedException {
        Files.writeString(configFile, yaml, StandardCharsets.UTF_8);
        HttpRequest.Builder reload = HttpRequest.newBuilder(baseUrl.resolve("-/reload"));
        headers.forEach(reload::header);
        HttpResponse<String> response = HTTP.send(reload
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("alert-route refused the configuration (" + response.statusCode() + "): "
                    + response.body() + "\n" + yaml);
        }
    }

    @Override
    public String name() {
        return "alert-route";
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    /** Its log is kept in target/ (the peer's own directory goes with it), for a failure to be read after the run. */
    @Override
    public void close() throws IOException {
        Files.writeString(Path.of("target", "alert-route-peer.log"), process.output(), StandardCharsets.UTF_8);
        // a test with several instances keeps each one's log
        Files.writeString(Path.of("target", "alert-route-peer-" + baseUrl.getPort() + ".log"), process.output(), StandardCharsets.UTF_8);
        process.close();
    }

    @Override
    public String toString() {
        return process.toString();
    }
}

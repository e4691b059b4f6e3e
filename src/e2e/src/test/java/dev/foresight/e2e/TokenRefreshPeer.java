package dev.foresight.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Foresight's packaged token-refresh alone, with one seeded client: the token issuer a Prometheus uses. */
final class TokenRefreshPeer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI baseUrl;
    private final PeerProcess process;

    private TokenRefreshPeer(URI baseUrl, PeerProcess process) {
        this.baseUrl = baseUrl;
        this.process = process;
    }

    /** On a fresh e2e database; {@code client} is {@code id:secret:scope scope}, as FORESIGHT_CLIENTS takes it. */
    static TokenRefreshPeer start(String client) throws IOException, InterruptedException {
        try {
            E2eDatabase.recreate();
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot recreate the e2e database: " + e.getMessage(), e);
        }
        Path root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        Path jar = root.resolve("functions/token-refresh/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run mvn package first)");
        }
        Path dir = Files.createTempDirectory("token-refresh-");
        int port = PeerProcess.freePort();
        URI baseUrl = URI.create("http://127.0.0.1:" + port + "/");
        Map<String, String> env = Map.of(
                "FORESIGHT_DB_NAME", E2eDatabase.NAME,
                "FORESIGHT_SIGNING_KEY", dir.resolve("signing-key.pem").toString(),
                "FORESIGHT_CLIENTS", client,
                // its admin endpoints verify its own tokens
                "FORESIGHT_JWKS_URL", baseUrl.resolve(".well-known/jwks.json").toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        PeerProcess process = PeerProcess.start("token-refresh", dir, List.of(java, "-Xmx160m", "-jar", jar.toString()),
                env, baseUrl.resolve("q/health/ready"), Duration.ofSeconds(120));
        return new TokenRefreshPeer(baseUrl, process);
    }

    URI tokenUrl() {
        return baseUrl.resolve("token");
    }

    URI jwksUrl() {
        return baseUrl.resolve(".well-known/jwks.json");
    }

    /** An access token by client credentials, for the test's own calls. */
    String token(String clientId, String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Api.JSON.readTree(response.body()).path("access_token").asText();
    }

    @Override
    public void close() {
        process.close();
    }
}

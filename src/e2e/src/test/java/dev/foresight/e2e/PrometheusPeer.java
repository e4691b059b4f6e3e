package dev.foresight.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real Prometheus ({@code /usr/bin/prometheus}, Debian's package) as a child process,
 * evaluating every second a rule that fires at once and sending its alerts to one
 * {@link AlertmanagerApi} through the v2 API. Never the daemon Debian may have started on 9090.
 */
final class PrometheusPeer implements AutoCloseable {
    static final java.nio.file.Path BINARY = Path.of("/usr/bin/prometheus");
    /** The alert the rule raises, once per {@code instance} in {@link #INSTANCES}. */
    static final String ALERT = "ForesightProbeFiring";
    static final List<String> INSTANCES = List.of("node-a", "node-b");

    /** An OAuth 2.0 client-credentials block, for a target that wants a bearer token. */
    record OAuth2(String clientId, Path clientSecretFile, URI tokenUrl, List<String> scopes) {
        String yaml() {
            return "    oauth2:\n"
                    + "      client_id: \"" + clientId + "\"\n"
                    + "      client_secret_file: \"" + clientSecretFile + "\"\n"
                    + "      token_url: \"" + tokenUrl + "\"\n"
                    + (scopes.isEmpty() ? "" : "      scopes: [" + scopes.stream().map(s -> "\"" + s + "\"")
                            .collect(Collectors.joining(", ")) + "]\n");
        }
    }

    private final PeerProcess process;
    private final URI url;

    private PrometheusPeer(PeerProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    static PrometheusPeer start(AlertmanagerApi alertmanager) throws IOException, InterruptedException {
        return start(alertmanager, null);
    }

    /** Starts Prometheus sending to {@code alertmanager}, with {@code oauth2} when not null. */
    static PrometheusPeer start(AlertmanagerApi alertmanager, OAuth2 oauth2) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("prometheus-");
        URI target = alertmanager.baseUrl();
        String pathPrefix = target.getPath() == null || target.getPath().isEmpty() ? "/" : target.getPath();
        Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: foresight-probe
                    interval: 1s
                    rules:
                      - alert: %s
                        expr: label_replace(vector(1), "instance", "%s", "", "") or label_replace(vector(1), "instance", "%s", "", "")
                        for: 0s
                        labels:
                          severity: page
                        annotations:
                          summary: "probe {{ $labels.instance }} fires at once"
                """.formatted(ALERT, INSTANCES.get(0), INSTANCES.get(1)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [rules.yml]
                alerting:
                  alertmanagers:
                  - api_version: v2
                    scheme: %s
                    path_prefix: "%s"
                    static_configs:
                      - targets: ["%s"]
                %s""".formatted(target.getScheme(), pathPrefix, target.getAuthority(),
                oauth2 == null ? "" : oauth2.yaml()), StandardCharsets.UTF_8);
        int port = PeerProcess.freePort();
        URI url = URI.create("http://127.0.0.1:" + port + "/");
        PeerProcess process = PeerProcess.start("prometheus", dir, List.of(BINARY.toString(),
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--rules.alert.resend-delay=1s"), url.resolve("-/ready"));
        return new PrometheusPeer(process, url);
    }

    URI url() {
        return url;
    }

    String log() {
        return process.output();
    }

    @Override
    public void close() {
        process.close();
    }
}

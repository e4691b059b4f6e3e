package dev.foresight.cli.config;

import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The five functions' URLs. Each comes from, in order: its environment variable (the same names
 * the functions use for their peers), the config file ({@code token-url = http://…}), the local default.
 */
public record Endpoints(Endpoint token, Endpoint predict, Endpoint alertRoute, Endpoint embed, Endpoint monitor) {

    /** key in the config file, environment variable, default, function name */
    private record Source(String key, String variable, String fallback, String function) {}

    private static final Source TOKEN = new Source("token-url", "FORESIGHT_TOKEN_URL", "http://127.0.0.1:8081", "token-refresh");
    private static final Source PREDICT = new Source("predict-url", "FORESIGHT_PREDICT_URL", "http://127.0.0.1:8082", "predict");
    private static final Source ALERT_ROUTE = new Source("alert-route-url", "FORESIGHT_ALERT_ROUTE_URL", "http://127.0.0.1:8083", "alert-route");
    private static final Source EMBED = new Source("embed-url", "FORESIGHT_EMBED_URL", "http://127.0.0.1:8084", "embed");
    private static final Source MONITOR = new Source("monitor-url", "FORESIGHT_MONITOR_URL", "http://127.0.0.1:8085", "monitor-trigger");

    public static Endpoints load(Map<String, String> env, Path configFile) {
        Properties file = read(configFile);
        return new Endpoints(pick(TOKEN, env, file), pick(PREDICT, env, file), pick(ALERT_ROUTE, env, file),
                pick(EMBED, env, file), pick(MONITOR, env, file));
    }

    public List<Endpoint> all() {
        return List.of(token, predict, alertRoute, embed, monitor);
    }

    private static Endpoint pick(Source source, Map<String, String> env, Properties file) {
        String value = env.get(source.variable());
        if (value == null || value.isBlank()) {
            value = file.getProperty(source.key(), source.fallback());
        }
        value = value.trim();
        // FORESIGHT_TOKEN_URL names the token endpoint itself for monitor-trigger: accept that form too
        if (source == TOKEN && value.endsWith("/token")) {
            value = value.substring(0, value.length() - "/token".length());
        }
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return new Endpoint(source.function(), uri);
        } catch (IllegalArgumentException bad) {
            throw new CliException(ExitCode.USAGE, "\"" + value + "\" given for " + source.key() + " (" + source.variable()
                    + ") is not a URL: " + bad.getMessage());
        }
    }

    private static Properties read(Path configFile) {
        Properties p = new Properties();
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + configFile, e);
            }
        }
        return p;
    }
}

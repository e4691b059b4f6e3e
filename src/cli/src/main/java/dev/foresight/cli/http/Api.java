package dev.foresight.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.auth.Session;
import dev.foresight.cli.config.Endpoint;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** JSON calls with the session's bearer token; any non-2xx answer becomes a {@code CliException}. */
public final class Api {
    // a monitor cycle predicts every service: give it time before calling the fleet unreachable
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Http http;
    private final Session session;

    public Api(Http http, Session session) {
        this.http = http;
        this.session = session;
    }

    public Reply get(Endpoint endpoint, String path) {
        return call(endpoint, "GET", path, null);
    }

    public Reply post(Endpoint endpoint, String path, JsonNode body) {
        return call(endpoint, "POST", path, body == null ? "{}" : Json.write(body));
    }

    public Reply postRaw(Endpoint endpoint, String path, String body) {
        return call(endpoint, "POST", path, body);
    }

    public Reply delete(Endpoint endpoint, String path) {
        return call(endpoint, "DELETE", path, null);
    }

    public Session session() {
        return session;
    }

    /** A path segment or query value, percent-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Reply call(Endpoint endpoint, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + session.accessToken())
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        Reply reply = http.send(endpoint, request.build());
        if (!reply.ok()) {
            throw ErrorMapping.of(endpoint, reply.status(), reply.body());
        }
        return reply;
    }
}

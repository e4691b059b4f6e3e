package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alertmanager's v2 API as a client sees it, through any {@link AlertmanagerApi} target. */
final class AlertmanagerClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One alert as {@code POST /api/v2/alerts} takes it; a null time is left out. */
    record PostableAlert(Map<String, String> labels, Map<String, String> annotations, Instant startsAt, Instant endsAt) {
    }

    /** One silence matcher as {@code POST /api/v2/silences} takes it. */
    record Matcher(String name, String value, boolean isRegex, boolean isEqual) {
    }

    private final AlertmanagerApi target;

    AlertmanagerClient(AlertmanagerApi target) {
        this.target = target;
    }

    void postAlerts(List<PostableAlert> alerts) throws IOException, InterruptedException {
        var body = JSON.createArrayNode();
        for (PostableAlert alert : alerts) {
            var node = body.addObject();
            node.set("labels", JSON.valueToTree(alert.labels()));
            node.set("annotations", JSON.valueToTree(alert.annotations()));
            if (alert.startsAt() != null) {
                node.put("startsAt", alert.startsAt().toString());
            }
            if (alert.endsAt() != null) {
                node.put("endsAt", alert.endsAt().toString());
            }
        }
        send("POST", "api/v2/alerts", body);
    }

    /** Creates a silence and returns its id. */
    String createSilence(List<Matcher> matchers, Instant startsAt, Instant endsAt, String comment)
            throws IOException, InterruptedException {
        var body = JSON.createObjectNode();
        body.set("matchers", JSON.valueToTree(matchers));
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("createdBy", "foresight-e2e");
        body.put("comment", comment);
        return send("POST", "api/v2/silences", body).path("silenceID").asText();
    }

    void expireSilence(String id) throws IOException, InterruptedException {
        send("DELETE", "api/v2/silence/" + id, null);
    }

    JsonNode alerts() throws IOException, InterruptedException {
        return send("GET", "api/v2/alerts", null);
    }

    JsonNode silences() throws IOException, InterruptedException {
        return send("GET", "api/v2/silences", null);
    }

    JsonNode status() throws IOException, InterruptedException {
        return send("GET", "api/v2/status", null);
    }

    private JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        URI uri = target.baseUrl().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        target.headers().forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(target.name() + ": " + method + " " + uri + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
    }
}

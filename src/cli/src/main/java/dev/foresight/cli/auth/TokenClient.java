package dev.foresight.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.config.Endpoint;
import dev.foresight.cli.http.ErrorMapping;
import dev.foresight.cli.http.Http;
import dev.foresight.cli.http.Reply;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * token-refresh's {@code POST /token}: the client_credentials grant (RFC 6749 §4.4) to log in and
 * the refresh_token grant (§6) to renew. Refresh tokens rotate, so the caller must store the new
 * one every time. OAuth errors map to exit codes: a rejected client or a spent, expired or
 * revoked refresh token is an authentication failure (3), anything else a refusal (1).
 */
public final class TokenClient {
    private final Http http;
    private final Endpoint endpoint;
    private final Clock clock;

    public TokenClient(Http http, Endpoint endpoint, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    public Credentials clientCredentials(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        JsonNode body = post(form);
        return new Credentials(clientId, secret, body.path("access_token").asText(), expiry(body),
                text(body, "refresh_token"), body.path("scope").asText(""));
    }

    public Credentials refresh(Credentials current) {
        if (current.refreshToken() == null) {
            return clientCredentials(current.clientId(), current.clientSecret());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", current.refreshToken());
        form.put("client_id", current.clientId());
        form.put("client_secret", current.clientSecret());
        JsonNode body = post(form);
        return current.withTokens(body.path("access_token").asText(), expiry(body),
                text(body, "refresh_token"), body.path("scope").asText(current.scope()));
    }

    private JsonNode post(Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        Reply reply = http.send(endpoint, request);
        if (reply.ok()) {
            return reply.json();
        }
        String error = reply.json().path("error").asText("");
        if (error.equals("invalid_client") || error.equals("invalid_grant")) {
            String why = reply.json().path("error_description").asText(error);
            throw new CliException(ExitCode.AUTH, "login refused by token-refresh: " + why);
        }
        throw ErrorMapping.of(endpoint, reply.status(), reply.body());
    }

    private java.time.Instant expiry(JsonNode body) {
        return clock.instant().plusSeconds(body.path("expires_in").asLong(0));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}

package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A machine client without OAuth: an admin issues an API key at the packaged token-refresh, and the
 * packaged alert-route (another process, sharing only the database) accepts it with its scopes,
 * refuses a revoked key with a 401 problem+json, keeps a rotated key's old version working during
 * the overlap, and counts the key's use where token-refresh reports it.
 */
class ApiKeyE2ETest {
    private static final String ADMIN_SECRET = "e2e-apikey-admin-secret-0001";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String CONFIG = """
            route:
              receiver: blackhole
            receivers:
              - name: blackhole
            """;
    private static final String ALERT = "[{\"labels\":{\"alertname\":\"ApiKeyE2E\",\"service\":\"e2e-apikey\"}}]";

    @Test
    void anApiKeyIssuedByTokenRefreshIsAcceptedByAlertRoute() throws Exception {
        try (TokenRefreshPeer issuer = TokenRefreshPeer.start("e2e-keys-admin:" + ADMIN_SECRET + ":clients:admin alerts:write")) {
            String admin = issuer.token("e2e-keys-admin", ADMIN_SECRET);
            URI keys = issuer.tokenUrl().resolve("api-keys");
            JsonNode writer = send(post(keys, "{\"name\":\"e2e pusher\",\"scopes\":[\"alerts:write\"]}")
                    .header("Authorization", "Bearer " + admin), 201);
            JsonNode reader = send(post(keys, "{\"name\":\"e2e reader\",\"scopes\":[]}")
                    .header("Authorization", "Bearer " + admin), 201);
            JsonNode revoked = send(post(keys, "{\"name\":\"e2e revoked\",\"scopes\":[\"alerts:write\"]}")
                    .header("Authorization", "Bearer " + admin), 201);
            send(HttpRequest.newBuilder(keys.resolve("api-keys/" + revoked.get("keyId").asText())).DELETE()
                    .header("Authorization", "Bearer " + admin), 204);

            try (AlertRoutePeer alertRoute = AlertRoutePeer.startSecured(CONFIG, issuer, admin)) {
                URI alerts = alertRoute.baseUrl().resolve("api/v2/alerts");
                String key = writer.get("apiKey").asText();
                send(post(alerts, ALERT).header("X-API-Key", key), 200);
                send(HttpRequest.newBuilder(alerts).header("Authorization", "ApiKey " + reader.get("apiKey").asText()), 200);
                send(post(alerts, ALERT).header("X-API-Key", reader.get("apiKey").asText()), 403);

                HttpResponse<String> refused = HTTP.send(post(alerts, ALERT).header("X-API-Key", revoked.get("apiKey").asText()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, refused.statusCode());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        refused.headers().toString());

                String keyId = writer.get("keyId").asText();
                JsonNode rotated = send(post(keys.resolve("api-keys/" + keyId + "/rotate"), "{}")
                        .header("Authorization", "Bearer " + admin), 200);
                assertEquals(2, rotated.get("version").asInt());
                assertNotEquals(key, rotated.get("apiKey").asText());
                send(post(alerts, ALERT).header("X-API-Key", key), 200); // the overlap: 90 days by default
                send(post(alerts, ALERT).header("X-API-Key", rotated.get("apiKey").asText()), 200);

                // alert-route writes its tally every 10 s; token-refresh reads it from the database
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                long used = 0;
                while (used < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    JsonNode view = send(HttpRequest.newBuilder(keys.resolve("api-keys/" + keyId))
                            .header("Authorization", "Bearer " + admin), 200);
                    used = view.get("versions").get(0).get("useCount").asLong();
                }
                assertEquals(2, used, "version 1 was used twice at alert-route");
            }
        }
    }

    private static HttpRequest.Builder post(URI uri, String json) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body().isBlank() ? Api.JSON.nullNode() : Api.JSON.readTree(response.body());
    }
}

package dev.foresight.e2e;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint of the five functions that takes input, with a valid request to mutate.
 * The OAuth form endpoints ({@code /token}, {@code /revoke}, {@code /introspect}, {@code /logout})
 * authenticate {@link #FORM_CLIENT} in the form. Left out on purpose: {@code POST /monitor-trigger}
 * (ignores its body by design and would run a cycle), {@code GET /stream/{id}} (a valid call stays open), {@code POST /-/reload}.
 */
final class FuzzEndpoints {
    /** Entities seeded before the run; refused requests must leave them exactly as they are. */
    static final String SERVICE_A = "fz-a";
    static final String SERVICE_B = "fz-b";
    static final String CLIENT = "fz-client";
    /** The client the form endpoints name; its secret is given by the test. */
    static final String FORM_CLIENT = "fz-admin";
    /** A token no one issued: revoking or introspecting it changes nothing. */
    static final String UNKNOWN_TOKEN = "fz-unknown-token-0123456789";

    private FuzzEndpoints() {}

    static List<FuzzEndpoint> all(long memoryId, String formSecret) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> none = Map.of();
        String credentials = "client_id=" + FORM_CLIENT + "&client_secret=" + formSecret;
        String values = "[0.41,0.42,0.44,0.45,0.47,0.49,0.5,0.52,0.55,0.57,0.6,0.62]";
        return List.of(
                // monitor-trigger
                FuzzEndpoint.body("monitor-trigger", "POST", "/services", none,
                        "{\"name\":\"fz-new\",\"healthUrl\":\"http://127.0.0.1:9/health\",\"latencySloMs\":250,"
                                + "\"errorRateLimit\":0.05,\"cpuLimit\":0.9,\"memoryLimit\":0.9}",
                        true, List.of("/name"), List.of(), List.of()),
                FuzzEndpoint.get("monitor-trigger", "/services", none, none),
                FuzzEndpoint.get("monitor-trigger", "/services/{name}", Map.of("name", SERVICE_A), none),
                FuzzEndpoint.body("monitor-trigger", "PUT", "/services/{name}", Map.of("name", SERVICE_A),
                        "{\"healthUrl\":\"http://127.0.0.1:9/ready\",\"latencySloMs\":300,\"cpuLimit\":0.8}",
                        true, List.of(), List.of(), List.of()),
                FuzzEndpoint.pathWrite("monitor-trigger", "DELETE", "/services/{name}", Map.of("name", SERVICE_B),
                        Map.of("force", "true")),
                FuzzEndpoint.body("monitor-trigger", "POST", "/dependencies", none,
                        "{\"service\":\"" + SERVICE_A + "\",\"dependsOn\":\"" + SERVICE_B + "\",\"kind\":\"critical\",\"weight\":0.5}",
                        true, List.of("/service", "/dependsOn", "/kind"), List.of(), List.of()),
                FuzzEndpoint.get("monitor-trigger", "/dependencies", none, none),
                FuzzEndpoint.body("monitor-trigger", "PUT", "/dependencies/{service}/{dependsOn}",
                        Map.of("service", SERVICE_A, "dependsOn", SERVICE_B), "{\"kind\":\"optional\",\"weight\":0.3}",
                        true, List.of("/kind"), List.of(), List.of()),
                FuzzEndpoint.pathWrite("monitor-trigger", "DELETE", "/dependencies/{service}/{dependsOn}",
                        Map.of("service", SERVICE_A, "dependsOn", SERVICE_B), none),
                FuzzEndpoint.get("monitor-trigger", "/dependencies/graph", none, none),
                FuzzEndpoint.get("monitor-trigger", "/fleet", none, none),
                FuzzEndpoint.get("monitor-trigger", "/fleet/versions", none, none),
                FuzzEndpoint.get("monitor-trigger", "/fleet/versions/{n}", Map.of("n", "1"), none),
                FuzzEndpoint.get("monitor-trigger", "/snapshots", none,
                        Map.of("service", SERVICE_A, "since", "2026-01-01T00:00:00Z", "limit", "10")),
                FuzzEndpoint.body("monitor-trigger", "POST", "/snapshots", none,
                        "{\"snapshots\":[{\"service\":\"" + SERVICE_A + "\",\"time\":\"" + now + "\",\"health\":0.9,"
                                + "\"latencyMs\":120,\"errorRate\":0.01,\"cpu\":0.5,\"memory\":0.5,\"requestCount\":100,"
                                + "\"metadata\":{\"region\":\"eu\",\"build\":{\"sha\":\"abc\"}}}]}",
                        true, List.of("/snapshots/0/service"), List.of("/snapshots/0/time"), List.of("/snapshots/0/metadata")),
                // predict
                FuzzEndpoint.body("predict", "POST", "/predict", none,
                        "{\"horizonSeconds\":600,\"series\":{\"metric\":\"cpu\",\"stepSeconds\":60,\"values\":" + values
                                + ",\"limit\":0.9}}",
                        false, List.of(), List.of(), List.of()),
                // one unnamed inline series: nothing stored, as for POST /predict
                FuzzEndpoint.body("predict", "POST", "/predict/batch", none,
                        "{\"requests\":[{\"horizonSeconds\":600,\"series\":{\"metric\":\"cpu\",\"stepSeconds\":60,\"values\":"
                                + values + ",\"limit\":0.9}}]}",
                        false, List.of(), List.of(), List.of()),
                FuzzEndpoint.get("predict", "/forecasts/{service}", Map.of("service", SERVICE_A), none),
                FuzzEndpoint.get("predict", "/predictions", none, Map.of("service", SERVICE_A, "limit", "5")),
                FuzzEndpoint.get("predict", "/decisions", none, Map.of("service", SERVICE_A, "limit", "5")),
                // alert-route
                FuzzEndpoint.body("alert-route", "POST", "/alerts", none,
                        "{\"type\":\"failure\",\"service\":\"" + SERVICE_A + "\",\"summary\":\"fuzz\",\"confidence\":0.5,"
                                + "\"timeToFailureSeconds\":60,\"labels\":{\"team\":\"core\"}}",
                        true, List.of("/type", "/service", "/summary"), List.of(), List.of()),
                FuzzEndpoint.get("alert-route", "/alerts", none, Map.of("status", "active")),
                FuzzEndpoint.get("alert-route", "/alerts/{id}", Map.of("id", "1"), none),
                FuzzEndpoint.pathWrite("alert-route", "POST", "/alerts/{id}/acknowledge", Map.of("id", "1"), none),
                FuzzEndpoint.pathWrite("alert-route", "POST", "/alerts/{id}/resolve", Map.of("id", "1"), none),
                FuzzEndpoint.get("alert-route", "/config/versions", none, Map.of("limit", "5")),
                FuzzEndpoint.get("alert-route", "/config/versions/{version}", Map.of("version", "1"), none),
                FuzzEndpoint.pathWrite("alert-route", "POST", "/config/versions/{version}/rollback", Map.of("version", "1"), none),
                FuzzEndpoint.get("alert-route", "/api/v2/status", none, none),
                FuzzEndpoint.get("alert-route", "/api/v2/receivers", none, none),
                FuzzEndpoint.get("alert-route", "/api/v2/silences", none, Map.of("filter", "alertname=\"fz\"")),
                FuzzEndpoint.body("alert-route", "POST", "/api/v2/silences", none,
                        "{\"matchers\":[{\"name\":\"alertname\",\"value\":\"fz\",\"isRegex\":false,\"isEqual\":true}],"
                                + "\"startsAt\":\"" + now + "\",\"endsAt\":\"" + later + "\",\"createdBy\":\"fuzz\",\"comment\":\"fuzz\"}",
                        true, List.of("/createdBy", "/comment"), List.of("/startsAt", "/endsAt"), List.of()),
                FuzzEndpoint.get("alert-route", "/api/v2/silence/{id}", Map.of("id", "00000000-0000-0000-0000-000000000000"), none),
                FuzzEndpoint.pathWrite("alert-route", "DELETE", "/api/v2/silence/{id}",
                        Map.of("id", "00000000-0000-0000-0000-000000000000"), none),
                FuzzEndpoint.body("alert-route", "POST", "/api/v2/alerts", none,
                        "[{\"labels\":{\"alertname\":\"fz\",\"service\":\"" + SERVICE_A + "\"},\"annotations\":{\"summary\":\"x\"},"
                                + "\"startsAt\":\"" + now + "\",\"endsAt\":\"" + later + "\",\"generatorURL\":\"http://127.0.0.1:9/g\"}]",
                        true, List.of(), List.of("/0/startsAt", "/0/endsAt"), List.of()),
                FuzzEndpoint.get("alert-route", "/api/v2/alerts", none, Map.of("filter", "alertname=\"fz\"", "active", "true")),
                FuzzEndpoint.get("alert-route", "/api/v2/alerts/groups", none, Map.of("filter", "alertname=\"fz\"")),
                FuzzEndpoint.get("alert-route", "/console/config.json", none, none),
                // embed
                FuzzEndpoint.body("embed", "POST", "/embed", none, "{\"texts\":[\"disk full on db-1\"]}",
                        false, List.of("/texts/0"), List.of(), List.of()),
                FuzzEndpoint.body("embed", "POST", "/patterns", none,
                        "{\"texts\":[\"disk full on db-1\",\"disk full on db-2\"],\"threshold\":0.8}",
                        false, List.of("/texts/0"), List.of(), List.of()),
                FuzzEndpoint.body("embed", "POST", "/memories", none,
                        "{\"text\":\"fuzz memory\",\"kind\":\"incident\",\"metadata\":{\"service\":\"" + SERVICE_A + "\",\"n\":1,"
                                + "\"owner\":{\"team\":\"core\"}}}",
                        true, List.of("/text", "/kind"), List.of(), List.of("/metadata")),
                FuzzEndpoint.get("embed", "/memories", none, Map.of("kind", "incident", "service", SERVICE_A, "limit", "5")),
                FuzzEndpoint.get("embed", "/memories/search", none, Map.of("q", "disk full", "k", "3", "kind", "incident")),
                FuzzEndpoint.get("embed", "/memories/{id}", Map.of("id", Long.toString(memoryId)), none),
                FuzzEndpoint.body("embed", "PUT", "/memories/{id}", Map.of("id", Long.toString(memoryId)),
                        "{\"text\":\"fuzz memory, edited\",\"kind\":\"incident\",\"metadata\":{\"k\":\"v\"}}",
                        true, List.of("/text", "/kind"), List.of(), List.of("/metadata")),
                FuzzEndpoint.pathWrite("embed", "DELETE", "/memories/{id}", Map.of("id", Long.toString(memoryId)), none),
                // token-refresh: the OAuth forms (a valid /token or /logout writes: every fuzzed one is refused)
                FuzzEndpoint.form("token-refresh", "/token", "grant_type=client_credentials&" + credentials + "&scope=fleet%3Awrite",
                        true),
                FuzzEndpoint.form("token-refresh", "/revoke", "token=" + UNKNOWN_TOKEN + "&token_type_hint=access_token&" + credentials,
                        false),
                FuzzEndpoint.form("token-refresh", "/introspect", "token=" + UNKNOWN_TOKEN + "&" + credentials, false),
                FuzzEndpoint.form("token-refresh", "/logout", credentials, true),
                // token-refresh's JSON API
                FuzzEndpoint.body("token-refresh", "POST", "/clients", none,
                        "{\"clientId\":\"fz-new\",\"scopes\":[\"fleet:write\"]}", true, List.of("/clientId", "/scopes/0"),
                        List.of(), List.of()),
                FuzzEndpoint.get("token-refresh", "/clients", none, none),
                FuzzEndpoint.get("token-refresh", "/clients/{clientId}", Map.of("clientId", CLIENT), none),
                FuzzEndpoint.body("token-refresh", "PUT", "/clients/{clientId}", Map.of("clientId", CLIENT),
                        "{\"scopes\":[\"fleet:write\",\"memory:write\"]}", true, List.of("/scopes/0"), List.of(), List.of()),
                FuzzEndpoint.pathWrite("token-refresh", "DELETE", "/clients/{clientId}", Map.of("clientId", CLIENT), none),
                FuzzEndpoint.get("token-refresh", "/.well-known/jwks.json", none, none));
    }
}

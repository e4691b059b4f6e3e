package dev.foresight.monitortrigger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server that plays token-refresh, predict, alert-route and the services' health
 * endpoints, and records every request it receives.
 */
public final class RecordingUpstream implements AutoCloseable {
    public record Recorded(String method, String path, String authorization, String contentType, String body) {}

    /** How predict answers for one service; {@code hold} keeps the answer back until released. */
    public record PredictAnswer(int status, String body, CountDownLatch arrived, CountDownLatch hold) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final String clientId;
    private final String clientSecret;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, PredictAnswer> predictAnswers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> streamCuts = new ConcurrentHashMap<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger alertIds = new AtomicInteger();

    private RecordingUpstream(int port, String clientId, String clientSecret) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(executor);
        server.createContext("/token", this::token);
        server.createContext("/predict", this::predict);
        server.createContext("/alerts", this::alerts);
        server.createContext("/health/", this::health);
    }

    public static RecordingUpstream start(int port, String clientId, String clientSecret) throws IOException {
        RecordingUpstream upstream = new RecordingUpstream(port, clientId, clientSecret);
        upstream.server.start();
        return upstream;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answerPredict(String service, int status, String body) {
        predictAnswers.put(service, new PredictAnswer(status, body, null, null));
    }

    public void holdPredict(String service, String body, CountDownLatch arrived, CountDownLatch hold) {
        predictAnswers.put(service, new PredictAnswer(200, body, arrived, hold));
    }

    /** The next {@code times} batch answers that reach {@code service} break off just before its line. */
    public void cutStreamBefore(String service, int times) {
        streamCuts.put(service, new AtomicInteger(times));
    }

    /** Back to answering every service as healthy: canned answers belong to one test. */
    public void forgetAnswers() {
        predictAnswers.clear();
        streamCuts.clear();
    }

    public List<Recorded> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Every POST /predict/batch so far. */
    public List<Recorded> predictBatches() {
        return requests("POST", "/predict/batch");
    }

    /** POST /predict/batch requests that asked about {@code service}. */
    public List<Recorded> predictRequestsFor(String service) {
        return predictBatches().stream().filter(r -> services(r.body()).contains(service)).toList();
    }

    public List<JsonNode> alertsFor(String service) {
        return requests("POST", "/alerts").stream().map(r -> json(r.body()))
                .filter(a -> service.equals(a.path("service").asText()))
                .toList();
    }

    /** As if token-refresh rotated its keys: every token issued so far is refused from now on. */
    public void revokeTokens() {
        acceptedTokens.clear();
    }

    /** Whether this server ever issued {@code token} (revoked or not). */
    public boolean issued(String token) {
        return issuedTokens.contains(token);
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    // --- the played endpoints ---

    /** token-refresh: client credentials in form fields, as RFC 6749 §2.3.1 allows. */
    private void token(HttpExchange exchange) throws IOException {
        String body = record(exchange);
        Map<String, String> form = form(body);
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}");
        } else {
            String token = "tok-" + UUID.randomUUID();
            issuedTokens.add(token);
            acceptedTokens.add(token);
            respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                    + "\"refresh_token\":\"ref-" + UUID.randomUUID() + "\",\"scope\":\"predict:write alerts:write\"}");
        }
    }

    /**
     * predict's {@code POST /predict/batch}: one NDJSON line per entry, each written and flushed
     * before the next entry is looked at, so a held entry holds the lines after it.
     */
    private void predict(HttpExchange exchange) throws IOException {
        String body = record(exchange);
        if (!authorized(exchange)) {
            respond(exchange, 401, "");
            return;
        }
        List<String> services = services(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < services.size(); i++) {
            String service = services.get(i);
            AtomicInteger cuts = streamCuts.get(service);
            if (cuts != null && cuts.getAndDecrement() > 0) {
                // an exception out of the handler closes the connection in the middle of the answer
                throw new IOException("stream cut before " + service);
            }
            PredictAnswer answer = predictAnswers.get(service);
            String line;
            if (answer == null) {
                line = line(i, service, "prediction", PredictFixtures.quiet(service));
            } else {
                if (answer.arrived() != null) {
                    answer.arrived().countDown();
                }
                if (answer.hold() != null) {
                    try {
                        answer.hold().await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                line = line(i, service, answer.status() < 300 ? "prediction" : "problem", answer.body());
            }
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        out.close();
        exchange.close();
    }

    private static String line(int index, String service, String field, String json) {
        return "{\"index\":" + index + ",\"service\":\"" + service + "\",\"" + field + "\":" + json + "}\n";
    }

    /** The services a batch request asked about, in order. */
    public static List<String> services(String batchBody) {
        List<String> services = new java.util.ArrayList<>();
        json(batchBody).path("requests").forEach(entry -> services.add(entry.path("service").asText()));
        return services;
    }

    private void alerts(HttpExchange exchange) throws IOException {
        record(exchange);
        if (!authorized(exchange)) {
            respond(exchange, 401, "");
            return;
        }
        int id = alertIds.incrementAndGet();
        respond(exchange, 201, "{\"id\":" + id + ",\"fingerprint\":\"fp-" + id + "\",\"severity\":\"high\","
                + "\"status\":\"active\",\"deduplicated\":false}");
    }

    /** {@code /health/<status>} answers that status. */
    private void health(HttpExchange exchange) throws IOException {
        record(exchange);
        String path = exchange.getRequestURI().getPath();
        int status = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
        respond(exchange, status, status < 300 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }

    private boolean authorized(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && acceptedTokens.contains(header.substring(7));
    }

    private String record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        return body;
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(
                        p -> URLDecoder.decode(p.substring(0, p.indexOf('=')), StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8),
                        (a, b) -> b));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 && body.startsWith("{\"type\"") ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

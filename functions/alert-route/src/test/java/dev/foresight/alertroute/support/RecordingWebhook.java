package dev.foresight.alertroute.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server playing a team's webhook. It records every POST by the alert's service and
 * answers with statuses scripted per service (200 once the script runs out), so tests running one
 * after another never read each other's deliveries.
 */
public final class RecordingWebhook implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    public RecordingWebhook(URI url) throws IOException {
        server = HttpServer.create(new InetSocketAddress(url.getHost(), url.getPort()), 0);
        server.createContext(url.getPath(), this::handle);
        server.start();
    }

    /** The statuses to answer for this service's next deliveries, in order. */
    public void script(String service, Integer... statuses) {
        scripts.put(service, new ArrayDeque<>(List.of(statuses)));
    }

    public List<JsonNode> received(String service) {
        synchronized (received) {
            return List.copyOf(received.getOrDefault(service, List.of()));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String service = body.path("alerts").path(0).path("labels").path("service").asText();
            synchronized (received) {
                received.computeIfAbsent(service, s -> new ArrayList<>()).add(body);
            }
            Deque<Integer> script = scripts.get(service);
            Integer scripted = script == null ? null : script.pollFirst();
            int status = "POST".equals(exchange.getRequestMethod()) ? (scripted == null ? 200 : scripted) : 405;
            byte[] answer = (status < 300 ? "ok" : "scripted failure " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.foresight.alertroute.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for embed and token-refresh: it issues a token, records every
 * memory posted, and answers searches as its mode says (up with the scripted hits, slow, or 503).
 */
public final class StandInEmbed implements AutoCloseable {
    public enum Mode { UP, SLOW, FAILING }

    /** A search as it arrived. */
    public record Search(Instant at, String query) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> memories = new ArrayList<>();
    private final List<Search> searches = new ArrayList<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.UP);
    private final AtomicReference<String> hits = new AtomicReference<>("[]");
    private final AtomicLong ids = new AtomicLong(1000);
    private final long stallMillis;

    public StandInEmbed(int port, long stallMillis) throws IOException {
        this.stallMillis = stallMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public void mode(Mode next) {
        mode.set(next);
    }

    /** The JSON array the next searches answer when up. */
    public void hits(String json) {
        hits.set(json);
    }

    public List<JsonNode> memories() {
        synchronized (memories) {
            return List.copyOf(memories);
        }
    }

    public List<Search> searches() {
        synchronized (searches) {
            return List.copyOf(searches);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("/token")) {
                answer(exchange, 200, "{\"access_token\":\"stand-in\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            } else if (path.equals("/memories") && "POST".equals(exchange.getRequestMethod())) {
                JsonNode memory = JSON.readTree(body);
                synchronized (memories) {
                    memories.add(memory);
                }
                answer(exchange, 201, "{\"id\":" + ids.incrementAndGet() + ",\"text\":" + memory.path("text")
                        + ",\"kind\":" + memory.path("kind") + ",\"metadata\":" + memory.path("metadata")
                        + ",\"createdAt\":\"" + Instant.now() + "\"}");
            } else if (path.equals("/memories/search")) {
                synchronized (searches) {
                    searches.add(new Search(Instant.now(), exchange.getRequestURI().getQuery()));
                }
                switch (mode.get()) {
                    case UP -> answer(exchange, 200, hits.get());
                    case SLOW -> {
                        sleep(stallMillis);
                        answer(exchange, 200, hits.get());
                    }
                    case FAILING -> answer(exchange, 503, "{\"title\":\"unavailable\"}");
                }
            } else {
                answer(exchange, 404, "{}");
            }
        } catch (IOException clientGone) {
            // the client gave up waiting: nothing to answer
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

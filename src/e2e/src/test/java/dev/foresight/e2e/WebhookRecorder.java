package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real local webhook receiver: records every POST with its path, arrival time and parsed JSON
 * body, and answers 200. One per target, so arrival times are the target's own.
 */
final class WebhookRecorder implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One webhook call as it arrived. */
    record Call(String path, Instant arrivedAt, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookRecorder() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (exchange) {
                Instant arrived = Instant.now();
                byte[] bytes = exchange.getRequestBody().readAllBytes();
                if ("POST".equals(exchange.getRequestMethod())) {
                    JsonNode body = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
                    calls.add(new Call(exchange.getRequestURI().getPath(), arrived, body));
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** The base URL, without a trailing slash; receivers post to {@code url() + "/" + name}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits up to {@code timeout} for a call matching {@code test}; true when one arrived. */
    boolean await(Predicate<Call> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            if (calls.stream().anyMatch(test)) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

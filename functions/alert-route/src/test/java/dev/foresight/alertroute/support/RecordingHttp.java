package dev.foresight.alertroute.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server playing a receiver's API (a Slack webhook, PagerDuty's events endpoint). It
 * records every request with its arrival time, and answers those whose body contains a scripted
 * word with the scripted answers in order (a status, a {@code Retry-After}, or a stall longer than
 * the client's time-out); 2xx once a script runs out. Tests use a unique alert name as the word.
 */
public final class RecordingHttp implements AutoCloseable {
    /** One scripted answer: a status (with Retry-After when not null), after stalling {@code stallMillis}. */
    public record Answer(int status, String retryAfter, long stallMillis) {
        public static Answer status(int status) {
            return new Answer(status, null, 0);
        }

        public static Answer retryAfter(int status, String retryAfter) {
            return new Answer(status, retryAfter, 0);
        }

        public static Answer stall(long millis) {
            return new Answer(200, null, millis);
        }
    }

    /** A request as it arrived. */
    public record Request(Instant at, String path, Map<String, List<String>> headers, String body) {}

    private final HttpServer server;
    private final int okStatus;
    private final List<Request> received = new ArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();

    public RecordingHttp(int port, int okStatus) throws IOException {
        this.okStatus = okStatus;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public void script(String word, Answer... answers) {
        scripts.put(word, new ArrayDeque<>(List.of(answers)));
    }

    /** The requests whose body contains {@code word}, in arrival order. */
    public List<Request> received(String word) {
        synchronized (received) {
            return received.stream().filter(r -> r.body().contains(word)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(new Request(Instant.now(), exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            }
            Answer answer = scripts.entrySet().stream().filter(e -> body.contains(e.getKey())).findFirst()
                    .map(e -> e.getValue().pollFirst()).orElse(null);
            if (answer == null) {
                answer = Answer.status(okStatus);
            }
            if (answer.stallMillis() > 0) {
                try {
                    Thread.sleep(answer.stallMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] text = (answer.status() < 300 ? "ok" : "scripted failure " + answer.status()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), text.length);
            exchange.getResponseBody().write(text);
        } catch (IOException clientGone) {
            // the client timed out and closed: nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

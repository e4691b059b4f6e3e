package dev.foresight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real local webhook receiver that can be unwell: answering 500, refusing connections (its port
 * closed), or holding each request without an answer; or up, answering 200. Only the calls it
 * answered 200 count as delivered ({@link #delivered()}); the others are counted apart.
 */
final class FlakyReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Mode { UP, ERRORS, HOLD }

    /** A notification the receiver answered 200. */
    record Call(Instant at, JsonNode body) {}

    private final int port;
    private final List<Call> delivered = new CopyOnWriteArrayList<>();
    private final List<JsonNode> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger errorsAnswered = new AtomicInteger();
    private volatile Mode mode = Mode.UP;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService executor;

    FlakyReceiver() throws IOException, InterruptedException {
        bind(0);
        port = server.getAddress().getPort();
    }

    private void bind(int at) throws IOException, InterruptedException {
        for (int tries = 0; ; tries++) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", at), 50);
                break;
            } catch (BindException busy) {
                if (tries > 50) {
                    throw busy;
                }
                Thread.sleep(100); // the port just closed; the kernel lets it go in a moment
            }
        }
        executor = Executors.newFixedThreadPool(32);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
            Mode now = mode;
            if (now == Mode.HOLD) {
                held.add(body);
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                // its sender is gone by now: whatever is written here reaches no one
                exchange.sendResponseHeaders(200, -1);
            } else if (now == Mode.ERRORS) {
                errorsAnswered.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
            } else {
                delivered.add(new Call(Instant.now(), body));
                exchange.sendResponseHeaders(200, -1);
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void answerErrors() {
        mode = Mode.ERRORS;
    }

    void hold() {
        release = new CountDownLatch(1);
        mode = Mode.HOLD;
    }

    /** Closes the port: connections are refused until {@link #up()}. */
    synchronized void refuseConnections() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Back on the same port, answering 200; requests held so far are let go. */
    synchronized void up() throws IOException, InterruptedException {
        mode = Mode.UP;
        release.countDown();
        if (server == null) {
            bind(port);
        }
    }

    List<Call> delivered() {
        return List.copyOf(delivered);
    }

    List<JsonNode> held() {
        return List.copyOf(held);
    }

    int errorsAnswered() {
        return errorsAnswered.get();
    }

    /** Waits up to {@code timeout} until {@code count} calls were delivered; the number there is. */
    int awaitDelivered(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delivered.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return delivered.size();
    }

    @Override
    public synchronized void close() {
        release.countDown();
        refuseConnections();
    }
}

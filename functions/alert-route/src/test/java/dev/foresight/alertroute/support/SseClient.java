package dev.foresight.alertroute.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a server-sent event stream with the JDK HTTP client and keeps every event it sees. */
public final class SseClient implements AutoCloseable {
    public record Event(String name, String id, String data) {}

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile boolean ended;

    public SseClient(URI url, String authorization) {
        this(url, authorization, Map.of());
    }

    /** With more request headers, e.g. {@code Last-Event-ID}. */
    public SseClient(URI url, String authorization, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream").timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        response = HttpClient.newHttpClient().sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            lines = r.body();
            read(lines);
        });
    }

    private void read(Stream<String> body) {
        List<String> block = new ArrayList<>();
        try {
            body.forEach(line -> {
                if (line.isEmpty()) {
                    if (!block.isEmpty()) {
                        events.add(parse(block));
                        block.clear();
                    }
                } else {
                    block.add(line);
                }
            });
            ended = true;
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    /** True once the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    /** Every event in arrival order. */
    public List<Event> all() {
        return List.copyOf(events);
    }

    private static Event parse(List<String> block) {
        String name = "message";
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line : block) {
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "event" -> name = value;
                case "id" -> id = value;
                case "data" -> data.append(data.length() == 0 ? "" : "\n").append(value);
                default -> { }
            }
        }
        return new Event(name, id, data.toString());
    }

    public int status() {
        return response.join().statusCode();
    }

    public List<Event> events(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> body = lines;
        if (body != null) {
            body.close();
        }
    }
}

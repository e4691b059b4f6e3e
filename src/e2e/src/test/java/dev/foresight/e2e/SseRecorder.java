package dev.foresight.e2e;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An SSE client that keeps every {@code data:} line it receives. */
final class SseRecorder implements AutoCloseable {
    private final List<String> data = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private volatile int status;

    SseRecorder(String url, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        response.thenAcceptAsync(r -> {
            status = r.statusCode();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        data.add(line.substring(5).trim());
                    }
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        });
    }

    int status() {
        return status;
    }

    List<String> data() {
        return List.copyOf(data);
    }

    @Override
    public void close() {
        response.thenAccept(r -> {
            try {
                r.body().close();
            } catch (Exception ignored) {
                // already closed
            }
        });
    }
}

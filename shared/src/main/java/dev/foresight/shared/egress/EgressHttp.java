package dev.foresight.shared.egress;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outbound HTTP that goes only where the {@link EgressGuard} allows: each request connects to the
 * address that was checked (the Host header and TLS SNI still carry the name), ends within its
 * time-out from connect to last byte, and reads at most {@code foresight.egress.max-response-bytes}
 * of the answer before closing the connection. Redirects are followed only when asked, each hop
 * checked again.
 */
@Singleton
public class EgressHttp {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final EgressGuard guard;
    private final HttpClient client;
    private final int maxBytes;

    public EgressHttp(EgressGuard guard, Vertx vertx,
            @ConfigProperty(name = "foresight.egress.max-response-bytes", defaultValue = "65536") int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("foresight.egress.max-response-bytes \"" + maxBytes + "\" must be positive");
        }
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.client = vertx.createHttpClient(new HttpClientOptions().setForceSni(true).setVerifyHost(true));
    }

    /** {@code GET url}, following up to {@code maxRedirects} redirects, all within {@code timeout}. */
    public Uni<EgressResponse> get(String url, Duration timeout, int maxRedirects) {
        return hop(url, timeout, maxRedirects).ifNoItem().after(timeout).failWith(() -> timedOut(timeout));
    }

    /** One request, no redirect followed. */
    public Uni<EgressResponse> send(HttpMethod method, String url, Map<String, String> headers, Buffer body, Duration timeout) {
        return send(method, url, headers, body, timeout, maxBytes);
    }

    /** The same, reading at most {@code maxResponseBytes} of the answer (a caller that expects large answers). */
    public Uni<EgressResponse> send(HttpMethod method, String url, Map<String, String> headers, Buffer body, Duration timeout,
            int maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes \"" + maxResponseBytes + "\" must be positive");
        }
        return guard.resolve(url).chain(target -> exchange(method, target, headers, body, timeout, maxResponseBytes))
                .ifNoItem().after(timeout).failWith(() -> timedOut(timeout));
    }

    private Uni<EgressResponse> hop(String url, Duration timeout, int redirectsLeft) {
        return guard.resolve(url).chain(target -> exchange(HttpMethod.GET, target, Map.of(), null, timeout, maxBytes))
                .chain(response -> {
                    if (!REDIRECTS.contains(response.status()) || response.location() == null || redirectsLeft <= 0) {
                        return Uni.createFrom().item(response);
                    }
                    String next;
                    try {
                        next = URI.create(url).resolve(response.location()).toString();
                    } catch (IllegalArgumentException badLocation) {
                        return Uni.createFrom().item(response);
                    }
                    return hop(next, timeout, redirectsLeft - 1);
                });
    }

    private Uni<EgressResponse> exchange(HttpMethod method, EgressTarget target, Map<String, String> headers, Buffer body,
            Duration timeout, int limit) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        return client.request(options).chain(request -> {
            headers.forEach(request::putHeader);
            Uni<HttpClientResponse> sent = body == null ? request.send() : request.send(body);
            return sent.chain(response -> read(request, response, limit))
                    // the caller's time-out cancels: close the connection rather than leave it reading
                    .onCancellation().invoke(() -> request.reset());
        });
    }

    private Uni<EgressResponse> read(HttpClientRequest request, HttpClientResponse response, int maxBytes) {
        int status = response.statusCode();
        String location = response.getHeader("Location");
        String retryAfter = response.getHeader("Retry-After");
        return Uni.createFrom().emitter(emitter -> {
            Buffer received = Buffer.buffer();
            boolean[] cut = {false};
            response.exceptionHandler(failure -> {
                if (!cut[0]) {
                    emitter.fail(failure);
                }
            });
            response.handler(chunk -> {
                if (cut[0]) {
                    return;
                }
                int room = maxBytes - received.length();
                if (chunk.length() <= room) {
                    received.appendBuffer(chunk);
                    return;
                }
                received.appendBuffer(chunk.getBuffer(0, room));
                cut[0] = true;
                request.reset(); // stop the transfer: the rest is not read
                emitter.complete(new EgressResponse(status, received, true, location, retryAfter));
            });
            response.endHandler(() -> {
                if (!cut[0]) {
                    emitter.complete(new EgressResponse(status, received, false, location, retryAfter));
                }
            });
        });
    }

    private static TimeoutException timedOut(Duration timeout) {
        return new TimeoutException("no answer within " + timeout.toMillis() + " ms");
    }

    @PreDestroy
    void close() {
        client.close().subscribe().with(ignored -> { }, ignored -> { });
    }
}

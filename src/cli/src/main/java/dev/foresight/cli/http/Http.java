package dev.foresight.cli.http;

import dev.foresight.cli.CliException;
import dev.foresight.cli.config.Endpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The transport. Failing to reach a function is its own exit code (5), so a script can tell
 * "the fleet is down" from "the fleet said no".
 */
public final class Http {
    // HTTP/1.1 only: h2c upgrades corrupted request bodies between the functions (STACK.md)
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Reply send(Endpoint endpoint, HttpRequest request) {
        HttpResponse<String> response = exchange(endpoint, request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    /** For server-sent events: the body as lines, read as they arrive. */
    public HttpResponse<Stream<String>> lines(Endpoint endpoint, HttpRequest request) {
        return exchange(endpoint, request, HttpResponse.BodyHandlers.ofLines());
    }

    private static <T> HttpResponse<T> exchange(Endpoint endpoint, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw unreachable(endpoint, "connection refused or timed out");
        } catch (HttpTimeoutException e) {
            throw unreachable(endpoint, "no answer within " + request.timeout().map(Duration::toSeconds).orElse(0L) + " s");
        } catch (IOException e) {
            throw unreachable(endpoint, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.refused("interrupted");
        }
    }

    private static CliException unreachable(Endpoint endpoint, String why) {
        return CliException.unreachable("cannot reach " + endpoint.function() + " at " + endpoint.base() + ": " + why);
    }
}

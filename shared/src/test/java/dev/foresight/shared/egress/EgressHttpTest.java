package dev.foresight.shared.egress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pinned client against a real local server. Names are answered by a lookup the test plays,
 * so "service.test" reaches the server only if the request really goes to the checked address.
 */
class EgressHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int LIMIT = 1024;
    private static final EgressPolicy LOCAL = EgressPolicy.fromAllowList(List.of("127.0.0.0/8"));

    private static Vertx vertx;
    private static int port;
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void serve() {
        vertx = Vertx.vertx();
        port = vertx.createHttpServer().requestHandler(request -> {
            received.add(request.method() + " " + request.uri() + " Host=" + request.getHeader("Host"));
            var response = request.response();
            switch (request.path()) {
                case "/big" -> response.setChunked(true).endAndForget(Buffer.buffer("x".repeat(200_000)));
                case "/drip" -> {
                    response.setChunked(true).writeAndForget("a");
                    long timer = vertx.setPeriodic(100, id -> response.writeAndForget("a"));
                    response.closeHandler(() -> vertx.cancelTimer(timer));
                }
                case "/to-metadata" -> response.setStatusCode(302).putHeader("Location", "http://169.254.169.254/latest/").endAndForget();
                case "/to-ok" -> response.setStatusCode(302).putHeader("Location", "/ok").endAndForget();
                default -> response.endAndForget("fine");
            }
        }).listen(0, "127.0.0.1").await().atMost(WAIT).actualPort();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    /** await() wraps checked failures; the test wants the failure itself. */
    private static Throwable failureOf(org.junit.jupiter.api.function.Executable call) {
        Throwable failure = assertThrows(Throwable.class, call);
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static EgressHttp client(EgressPolicy policy, String name, String address) {
        EgressGuard guard = new EgressGuard(policy, vertx, host -> {
            if (host.equals(name)) {
                return List.of(InetAddress.getByName(address));
            }
            throw new UnknownHostException(host);
        });
        return new EgressHttp(guard, vertx, LIMIT);
    }

    @Test
    void theRequestGoesToTheCheckedAddressWithTheNameAsHost() {
        received.clear();
        EgressResponse response = client(LOCAL, "service.test", "127.0.0.1")
                .get("http://service.test:" + port + "/ok?x=1", TIMEOUT, 0).await().atMost(WAIT);
        assertEquals(200, response.status());
        assertEquals("fine", response.bodyAsString());
        assertEquals(List.of("GET /ok?x=1 Host=service.test:" + port), received);
    }

    @Test
    void aNameThatResolvesToADeniedAddressIsRefusedAndNotFetched() {
        received.clear();
        EgressHttp http = client(EgressPolicy.denyAll(), "rebind.test", "127.0.0.1");
        Throwable failure = failureOf(
                () -> http.get("http://rebind.test:" + port + "/ok", TIMEOUT, 0).await().atMost(WAIT));
        EgressRefused refused = assertInstanceOf(EgressRefused.class, failure);
        assertEquals("must not target a loopback address (127.0.0.1), resolved from rebind.test", refused.rule());
        assertEquals(List.of(), received, "nothing was sent");
    }

    @Test
    void aLargeAnswerIsCutAtTheLimit() {
        EgressResponse response = client(LOCAL, "none", "127.0.0.1")
                .send(HttpMethod.POST, "http://127.0.0.1:" + port + "/big", Map.of("Content-Type", "text/plain"),
                        Buffer.buffer("hello"), TIMEOUT)
                .await().atMost(WAIT);
        assertEquals(200, response.status());
        assertTrue(response.truncated());
        assertEquals(LIMIT, response.body().length());
    }

    @Test
    void anAnswerThatNeverEndsTimesOut() {
        Throwable failure = failureOf(() -> client(LOCAL, "none", "127.0.0.1")
                .get("http://127.0.0.1:" + port + "/drip", Duration.ofMillis(500), 0).await().atMost(WAIT));
        assertInstanceOf(TimeoutException.class, failure);
    }

    @Test
    void aRedirectIsCheckedAgain() {
        EgressHttp http = client(LOCAL, "none", "127.0.0.1");
        Throwable failure = failureOf(
                () -> http.get("http://127.0.0.1:" + port + "/to-metadata", TIMEOUT, 5).await().atMost(WAIT));
        assertEquals("must not target a cloud metadata address (169.254.169.254)",
                assertInstanceOf(EgressRefused.class, failure).rule());

        EgressResponse followed = http.get("http://127.0.0.1:" + port + "/to-ok", TIMEOUT, 5).await().atMost(WAIT);
        assertEquals(200, followed.status());
        assertFalse(followed.truncated());
        EgressResponse notFollowed = http.get("http://127.0.0.1:" + port + "/to-ok", TIMEOUT, 0).await().atMost(WAIT);
        assertEquals(302, notFollowed.status());
    }
}

package dev.foresight.cli.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.foresight.cli.CliException;
import dev.foresight.cli.ExitCode;
import dev.foresight.cli.auth.TokenClient;
import dev.foresight.cli.config.Endpoint;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's error mapping over real HTTP: a local server answers with fixed error bodies.
 * Behaviour against the real functions is the end-to-end test's job (src/e2e CliE2ETest).
 */
class ClientErrorsTest {
    private HttpServer server;
    private Endpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answer("/missing", 404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"service x is not registered\"}");
        answer("/token", 401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
        server.start();
        endpoint = new Endpoint("monitor-trigger", URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aProblemDetailBecomesTheMessageAndNotFoundExitsFour() {
        Reply reply = new Http().send(endpoint, java.net.http.HttpRequest.newBuilder(endpoint.resolve("/missing")).build());
        CliException e = ErrorMapping.of(endpoint, reply.status(), reply.body());
        assertEquals(ExitCode.NOT_FOUND, e.exitCode());
        assertEquals("service x is not registered", e.getMessage());
    }

    @Test
    void aRefusedClientIsAnAuthenticationFailure() {
        TokenClient tokens = new TokenClient(new Http(), new Endpoint("token-refresh", endpoint.base()), Clock.systemUTC());
        CliException e = assertThrows(CliException.class, () -> tokens.clientCredentials("admin", "wrong"));
        assertEquals(ExitCode.AUTH, e.exitCode());
        assertEquals("login refused by token-refresh: client authentication failed", e.getMessage());
    }

    @Test
    void nothingListeningIsUnreachableAndNamesTheFunction() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Endpoint nobody = new Endpoint("predict", URI.create("http://127.0.0.1:" + closed));
        CliException e = assertThrows(CliException.class,
                () -> new Http().send(nobody, java.net.http.HttpRequest.newBuilder(nobody.resolve("/predict")).build()));
        assertEquals(ExitCode.UNREACHABLE, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot reach predict at http://127.0.0.1:" + closed), e.getMessage());
    }

    private void answer(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}

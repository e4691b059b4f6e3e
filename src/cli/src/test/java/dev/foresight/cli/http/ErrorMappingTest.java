package dev.foresight.cli.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.foresight.cli.CliException;
import dev.foresight.cli.config.Endpoint;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
    private static final Endpoint ALERT_ROUTE = new Endpoint("alert-route", URI.create("http://127.0.0.1:8083"));

    @ParameterizedTest(name = "HTTP {0} {1} → exit {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | {"type":"about:blank","title":"Not Found","status":404,"detail":"alert 9 does not exist"} | 4 | alert 9 does not exist
            404 |                                                                                        | 4 | not found at alert-route
            409 | {"title":"Conflict","status":409,"detail":"frontend depends on checkout"}               | 1 | frontend depends on checkout
            400 | {"title":"Invalid request","status":400}                                               | 1 | Invalid request
            401 |                                                                                        | 3 | alert-route did not accept the token; run: foresight login
            403 |                                                                                        | 3 | alert-route refused: the logged-in client lacks the scope this needs
            400 | {"error":"invalid_grant","error_description":"refresh token already used"}             | 1 | refresh token already used
            500 | <html><body>boom</body></html>                                                         | 1 | alert-route answered HTTP 500
            503 | overloaded                                                                             | 1 | overloaded
            """)
    void statusAndBodyBecomeExitCodeAndTheServersWords(int status, String body, int exit, String message) {
        CliException e = ErrorMapping.of(ALERT_ROUTE, status, body == null ? "" : body);
        assertEquals(exit, e.exitCode());
        assertEquals(message, e.getMessage());
    }
}

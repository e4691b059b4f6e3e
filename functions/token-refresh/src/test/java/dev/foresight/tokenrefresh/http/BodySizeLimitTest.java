package dev.foresight.tokenrefresh.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A declared body over the 4 MiB limit is a 413 problem, answered before a byte of it is read. */
@QuarkusTest
class BodySizeLimitTest {
    @TestHTTPResource("/")
    URL root;

    private String send(String path, String contentType) throws Exception {
        return raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: 5000000\r\n\r\n");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTooLargeJsonBodyIsA413Problem() throws Exception {
        String answer = send("/clients", "application/json");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"detail\":\"body: must be at most 4194304 bytes\""), answer);
    }

    @Test
    void aTooLargeFormIsA413ProblemToo() throws Exception {
        String answer = send("/token", "application/x-www-form-urlencoded");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    }
}

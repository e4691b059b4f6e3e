import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The demo's stand-in for a team's webhook: appends every POST body, one line each, to a file. */
public class WebhookSink {
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String line = Instant.now() + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + body.replace('\n', ' ') + "\n";
            synchronized (WebhookSink.class) {
                Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo fleet: registers three services, pushes a snapshot of each every 5 s, and lets
 * checkout's latency degrade until it passes its SLO, then recover and degrade again. It also
 * follows the alert SSE stream into a file so a person can watch what Foresight predicted.
 *
 * Args: tokenUrlBase monitorUrl alertRouteUrl clientId clientSecret streamLogFile
 */
public class DemoFleet {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern FIELD = Pattern.compile("\"(access_token|refresh_token)\"\\s*:\\s*\"([^\"]+)\"");
    private static final int STEP_SECONDS = 5;

    private static String tokenUrl, monitor, alertRoute, clientId, secret;
    private static volatile String accessToken;
    private static String refreshToken;
    private static long tokenAt;

    public static void main(String[] args) throws Exception {
        tokenUrl = args[0] + "/token";
        monitor = args[1];
        alertRoute = args[2];
        clientId = args[3];
        secret = args[4];
        Path streamLog = Path.of(args[5]);
        grant("grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));

        post(monitor + "/services", "{\"name\":\"checkout\",\"latencySloMs\":500,\"errorRateLimit\":0.05}");
        post(monitor + "/services", "{\"name\":\"frontend\",\"latencySloMs\":800}");
        post(monitor + "/services", "{\"name\":\"search\",\"latencySloMs\":400}");
        post(monitor + "/dependencies", "{\"service\":\"frontend\",\"dependsOn\":\"checkout\",\"kind\":\"critical\",\"weight\":0.9}");
        post(monitor + "/dependencies", "{\"service\":\"search\",\"dependsOn\":\"checkout\",\"kind\":\"optional\",\"weight\":0.5}");

        Thread stream = new Thread(() -> followStream(streamLog), "demo-stream");
        stream.setDaemon(true);
        stream.start();

        Random random = new Random(7);
        Instant start = Instant.now().minusSeconds(60L * STEP_SECONDS);
        for (int i = 0; i < 60; i++) { // five calm minutes of history
            pushAll(start.plusSeconds((long) i * STEP_SECONDS), 0, random);
        }
        long tick = 0;
        while (true) {
            pushAll(Instant.now(), tick, random);
            tick = (tick + 1) % 90; // degrade for 7.5 minutes, then recover and start over
            renewIfNeeded();
            Thread.sleep(STEP_SECONDS * 1000L);
        }
    }

    private static void pushAll(Instant at, long tick, Random random) throws Exception {
        double degrade = Math.max(0, tick - 6) * STEP_SECONDS; // seconds into the degradation
        double checkoutLatency = 140 + 2.2 * degrade + random.nextGaussian() * 6;
        double checkoutErrors = Math.min(0.2, 0.004 + degrade * 0.00004 + Math.abs(random.nextGaussian()) * 0.001);
        String body = "{\"snapshots\":["
                + snapshot("checkout", at, checkoutLatency, checkoutErrors, 0.45 + degrade * 0.0008, 0.55, random) + ","
                + snapshot("frontend", at, 210 + random.nextGaussian() * 8, 0.003, 0.35, 0.5, random) + ","
                + snapshot("search", at, 90 + random.nextGaussian() * 5, 0.002, 0.3, 0.4, random) + "]}";
        post(monitor + "/snapshots", body);
    }

    private static String snapshot(String service, Instant at, double latency, double errors, double cpu, double mem, Random r) {
        return String.format(Locale.ROOT,
                "{\"service\":\"%s\",\"time\":\"%s\",\"health\":1,\"latencyMs\":%.1f,\"errorRate\":%.4f,\"cpu\":%.3f,\"memory\":%.3f,\"requestCount\":%d}",
                service, at, Math.max(0, latency), errors, Math.min(1, cpu), mem, 900 + r.nextInt(200));
    }

    private static void followStream(Path out) {
        while (true) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(alertRoute + "/stream/demo"))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Accept", "text/event-stream").GET().build();
                HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (!line.isBlank()) {
                            Files.writeString(out, Instant.now() + " " + line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                    }
                }
            } catch (Exception e) {
                System.err.println("stream: " + e.getMessage());
            }
            sleep(2000);
        }
    }

    private static void renewIfNeeded() throws Exception {
        if (System.currentTimeMillis() - tokenAt > 10 * 60_000L) {
            grant("grant_type=refresh_token&refresh_token=" + enc(refreshToken)
                    + "&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));
        }
    }

    private static void grant(String form) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        Matcher m = FIELD.matcher(r.body());
        while (m.find()) {
            if (m.group(1).equals("access_token")) accessToken = m.group(2); else refreshToken = m.group(2);
        }
        tokenAt = System.currentTimeMillis();
    }

    private static void post(String url, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400 && r.statusCode() != 409) {
            System.err.println(url + " -> " + r.statusCode() + " " + r.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}

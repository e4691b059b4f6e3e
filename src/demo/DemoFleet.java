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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo fleet: registers three services and pushes a snapshot of each every 5 s. Its story,
 * told again every 8 minutes 20 s, is the failure forecasting exists for: after a calm minute,
 * checkout's latency creeps up under rising load, a little more every step, until it breaches
 * its 500 ms SLO three minutes later; it stays over for a minute, recovers, and stays calm.
 *
 * <p>It follows the alert stream and writes the story as it happens to {@code story.log}: when
 * Foresight first predicted the breach (and how far ahead it said), when the breach came, the
 * lead time between the two, the recovery, and the resolution. {@code ./foresight up} prints it.
 *
 * <p>Args: tokenUrlBase monitorUrl alertRouteUrl clientId streamLogFile storyLogFile. The client's
 * secret comes from the file named by FORESIGHT_DEMO_CLIENT_SECRET_FILE, never from the command
 * line (visible in ps).
 */
public class DemoFleet {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("\"(access_token|refresh_token)\"\\s*:\\s*\"([^\"]+)\"");
    private static final int STEP_SECONDS = 5;
    private static final double SLO_MS = 500;
    private static final double CALM_MS = 150;
    /** Ticks of one episode: calm, creep to the SLO, over it, then calm again while the alert resolves. */
    private static final int CALM = 12, CREEP = 36, OVER = 12, EPISODE = 100;

    private static String tokenUrl, monitor, alertRoute, clientId, secret;
    private static volatile String accessToken;
    private static String refreshToken;
    private static long tokenAt;
    private static Path story;

    /** What the stream and the snapshots have shown in the current episode. */
    private static volatile Instant predictedAt, breachAt, resolvedAt;
    /** The id of the newest firing checkout latency alert. */
    private static volatile String newest = "";

    public static void main(String[] args) throws Exception {
        tokenUrl = args[0] + "/token";
        monitor = args[1];
        alertRoute = args[2];
        clientId = args[3];
        secret = Files.readString(Path.of(System.getenv("FORESIGHT_DEMO_CLIENT_SECRET_FILE"))).strip();
        Path streamLog = Path.of(args[4]);
        story = Path.of(args[5]);
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
            pushAll(start.plusSeconds((long) i * STEP_SECONDS), CALM_MS + random.nextGaussian() * 6, random);
        }
        for (long tick = 0; ; tick = (tick + 1) % EPISODE) {
            double latency = checkoutLatency((int) tick) + random.nextGaussian() * 6;
            narrate((int) tick, latency);
            pushAll(Instant.now(), latency, random);
            renewIfNeeded();
            Thread.sleep(STEP_SECONDS * 1000L);
        }
    }

    /** The injected failure: a linear creep from calm that reaches the SLO at the end of CREEP. */
    static double checkoutLatency(int tick) {
        if (tick < CALM) {
            return CALM_MS;
        }
        if (tick < CALM + CREEP + OVER) {
            return CALM_MS + (SLO_MS - CALM_MS) * (tick - CALM + 1) / CREEP;
        }
        return CALM_MS;
    }

    private static void narrate(int tick, double latency) {
        if (tick == CALM) {
            predictedAt = breachAt = resolvedAt = null;
            tell(String.format(Locale.ROOT, "story: checkout's latency starts creeping up (%.0f ms, SLO %.0f ms, breach due in about %d s)",
                    latency, SLO_MS, CREEP * STEP_SECONDS));
        } else if (breachAt == null && latency > SLO_MS && tick >= CALM) {
            breachAt = Instant.now();
            tell(String.format(Locale.ROOT, "breach: checkout latency %.0f ms > SLO %.0f ms", latency, SLO_MS));
            tell(predictedAt == null ? "lead time: none (the breach came before any prediction)"
                    : "lead time: " + Duration.between(predictedAt, breachAt).toSeconds() + " s (predicted "
                            + at(predictedAt) + ", breached " + at(breachAt) + ")");
        } else if (tick == CALM + CREEP + OVER) {
            tell(String.format(Locale.ROOT, "recovery: checkout latency back to %.0f ms", latency));
        }
    }

    private static void pushAll(Instant at, double checkoutLatency, Random random) throws Exception {
        String body = "{\"snapshots\":["
                + snapshot("checkout", at, checkoutLatency, 0.004 + Math.abs(random.nextGaussian()) * 0.001, 0.45, 0.55, random) + ","
                + snapshot("frontend", at, 210 + random.nextGaussian() * 8, 0.003, 0.35, 0.5, random) + ","
                + snapshot("search", at, 90 + random.nextGaussian() * 5, 0.002, 0.3, 0.4, random) + "]}";
        post(monitor + "/snapshots", body);
    }

    private static String snapshot(String service, Instant at, double latency, double errors, double cpu, double mem, Random r) {
        return String.format(Locale.ROOT,
                "{\"service\":\"%s\",\"time\":\"%s\",\"health\":1,\"latencyMs\":%.1f,\"errorRate\":%.4f,\"cpu\":%.3f,\"memory\":%.3f,\"requestCount\":%d}",
                service, at, Math.max(0, latency), errors, Math.min(1, cpu + r.nextGaussian() * 0.01), mem,
                900 + r.nextInt(200));
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
                        if (line.startsWith("data:") && line.contains("\"service\":\"checkout\"")
                                && line.contains("\"metric\":\"latency_ms\"")) {
                            observe(line);
                        }
                    }
                }
            } catch (Exception e) {
                System.err.println("stream: " + e.getMessage());
            }
            sleep(2000);
        }
    }

    /**
     * The checkout latency alert as the stream tells it: its first prediction, and its resolution.
     * Each new state of the prediction (critical, arrived) is a new alert that ends the one before,
     * so only the end of the newest one is the incident's resolution.
     */
    private static void observe(String data) {
        String status = field(data, "status");
        String severity = field(data, "severity");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(data);
        String alert = id.find() ? id.group(1) : "";
        if (!"resolved".equals(status)) {
            newest = alert;
        }
        if ("resolved".equals(status)) {
            if (breachAt != null && resolvedAt == null && alert.equals(newest)) {
                resolvedAt = Instant.now();
                tell("resolved: the checkout latency alert is resolved (stream and webhook)");
            }
            return;
        }
        boolean urgent = "critical".equals(severity) || "high".equals(severity);
        if (predictedAt == null && breachAt == null && urgent) {
            predictedAt = Instant.now();
            tell("predicted (" + severity + "): " + field(data, "summary"));
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static synchronized void tell(String line) {
        try {
            Files.writeString(story, at(Instant.now()) + " " + line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (Exception e) {
            System.err.println("story: " + e.getMessage());
        }
    }

    private static String at(Instant instant) {
        return LocalTime.ofInstant(instant, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString();
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
        Matcher m = TOKEN.matcher(r.body());
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

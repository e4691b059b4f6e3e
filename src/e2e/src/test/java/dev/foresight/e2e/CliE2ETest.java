package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The operator CLI, run as a separate process ({@code java -jar foresight-cli.jar}) against the
 * five packaged functions: the session an operator has, from login to resolving the alert, with
 * the exit codes a script relies on and {@code -o json} read back with Jackson.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliE2ETest {
    private static final String ADMIN = "cli-admin";
    private static final String ADMIN_SECRET = "cli-admin-secret";
    private static final String MONITOR_SECRET = "cli-monitor-secret";

    private static Fleet fleet;
    private static CliProcess cli;
    private static Path root;
    private static Path work;
    private static long checkoutAlert;

    @BeforeAll
    static void startFleet() throws Exception {
        E2eDatabase.recreate();
        root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        work = root.resolve("src/e2e/target/e2e-cli");
        fleet = new Fleet(root, work);
        Map<String, String> env = Fleet.environment(work,
                ADMIN + ":" + ADMIN_SECRET + ":fleet:write monitor:write predict:write alerts:write memory:write",
                "cli-monitor", MONITOR_SECRET);
        fleet.start(env);
        Path config = work.resolve("cli-config");
        Files.createDirectories(config);
        Files.deleteIfExists(config.resolve("credentials"));
        cli = new CliProcess(root, config);
    }

    @AfterAll
    static void stopFleet() throws Exception {
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    @Order(1)
    void withoutALoginCommandsExitThree() throws Exception {
        CliProcess.Result r = cli.run("services", "list");
        assertEquals(3, r.code(), r.toString());
        assertEquals("error: not logged in; run: foresight login --client-id ID\n", r.err());
    }

    @Test
    @Order(2)
    void aWrongSecretIsRefusedWithExitThree() throws Exception {
        CliProcess.Result r = cli.run("wrong\n", Map.of(), "login", "--client-id", ADMIN);
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: login refused by token-refresh"), r.toString());
        assertTrue(Files.notExists(cli.credentials()));
    }

    @Test
    @Order(3)
    void loginReadsTheSecretFromStandardInputAndStoresTokensPrivately() throws Exception {
        CliProcess.Result r = cli.run(ADMIN_SECRET + "\n", Map.of(), "login", "--client-id", ADMIN);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("logged in as " + ADMIN + " (scope: "), r.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.credentials())));
        assertTrue(credentials().getProperty("refresh_token").length() > 20);
    }

    @Test
    @Order(4)
    void statusShowsEveryFunctionReadyAndWhoIsLoggedIn() throws Exception {
        CliProcess.Result table = cli.run("status");
        assertEquals(0, table.code(), table.toString());
        for (String function : Fleet.PORTS.keySet()) {
            assertTrue(table.out().lines().anyMatch(l -> l.startsWith(function) && l.endsWith("yes")), table.out());
        }
        assertTrue(table.out().contains("logged in as " + ADMIN), table.out());

        JsonNode json = json(cli.run("status", "-o", "json"));
        assertEquals(5, json.path("functions").size());
        json.path("functions").forEach(f -> assertTrue(f.path("ready").asBoolean(), f.toString()));
        assertEquals(ADMIN, json.path("identity").path("subject").asText());
    }

    @Test
    @Order(5)
    void servicesAreAddedListedAndDrawnAsAGraph() throws Exception {
        assertEquals(0, cli.run("services", "add", "cli-checkout", "--latency-slo-ms", "500").code());
        CliProcess.Result frontend = cli.run("services", "add", "cli-frontend", "--latency-slo-ms", "800",
                "--depends-on", "cli-checkout:critical:0.9");
        assertEquals(0, frontend.code(), frontend.toString());
        assertEquals("service cli-frontend registered\ncli-frontend depends on cli-checkout (critical, weight 0.9)\n", frontend.out());

        CliProcess.Result list = cli.run("services", "list");
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.out().startsWith("NAME "), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("cli-checkout\\s+500\\s+.*")), list.out());

        JsonNode services = json(cli.run("services", "list", "-o", "json"));
        assertEquals(List.of("cli-checkout", "cli-frontend"),
                StreamSupport.stream(services.spliterator(), false).map(s -> s.path("name").asText()).sorted().toList());

        CliProcess.Result graph = cli.run("services", "graph");
        assertEquals("cli-frontend\n└── cli-checkout  (critical, 0.9)\n", graph.out(), graph.toString());

        CliProcess.Result duplicate = cli.run("services", "add", "cli-checkout");
        assertEquals(1, duplicate.code(), duplicate.toString());
        assertTrue(duplicate.err().startsWith("error: "), duplicate.toString());
    }

    @Test
    @Order(6)
    void snapshotsArePushedFromAFile() throws Exception {
        Path file = work.resolve("cli-snapshots.json");
        Files.writeString(file, Snapshots.degrading("cli-checkout", "cli-frontend"));
        CliProcess.Result r = cli.run("snapshots", "push", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("accepted 240 snapshots\n", r.out());
    }

    @Test
    @Order(7)
    void aCycleSendsThePredictedFailureToTheStream() throws Exception {
        Process stream = cli.start(Map.of(), "stream", "--count", "1", "--severity", "critical", "--service", "cli-checkout");
        awaitStderr(stream, "stream: following ");

        CliProcess.Result cycle = cli.run("cycle", "run", "-o", "json");
        JsonNode report = json(cycle);
        assertTrue(report.path("failures").asInt() >= 1, report.toString());
        assertEquals(report.path("errors").isEmpty() ? 0 : 1, cycle.code(), "exit 1 exactly when the report has errors: " + report);

        CliProcess.Result followed = CliProcess.finish(stream, 60);
        assertEquals(0, followed.code(), followed.toString());
        List<String> lines = followed.out().lines().toList();
        assertEquals(1, lines.size(), followed.toString());
        assertTrue(lines.get(0).contains("CRITICAL") && lines.get(0).contains("cli-checkout"), followed.toString());
        assertTrue(!followed.out().contains("\u001B["), "no colour when stdout is not a terminal");
    }

    @Test
    @Order(8)
    void predictShowsTheFailureAsATableAndAsTheServersJson() throws Exception {
        CliProcess.Result table = cli.run("predict", "cli-checkout");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().startsWith("KIND "), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("failure") && l.contains("cli-checkout")), table.out());

        JsonNode json = json(cli.run("predict", "cli-checkout", "-o", "json"));
        assertEquals("cli-checkout", json.path("service").asText());
        assertTrue(json.path("failures").size() >= 1, json.toString());
    }

    @Test
    @Order(9)
    void alertsAreListedAcknowledgedAndResolved() throws Exception {
        CliProcess.Result table = cli.run("alerts", "list");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().lines().anyMatch(l -> l.contains("critical") && l.contains("cli-checkout")), table.out());

        JsonNode alerts = json(cli.run("alerts", "list", "-o", "json"));
        checkoutAlert = StreamSupport.stream(alerts.spliterator(), false)
                .filter(a -> a.path("service").asText().equals("cli-checkout") && a.path("severity").asText().equals("critical"))
                .findFirst().orElseThrow().path("id").asLong();

        CliProcess.Result ack = cli.run("alerts", "ack", Long.toString(checkoutAlert));
        assertEquals(0, ack.code(), ack.toString());
        assertTrue(ack.out().contains("is acknowledged by " + ADMIN), ack.out());
        CliProcess.Result resolve = cli.run("alerts", "resolve", Long.toString(checkoutAlert));
        assertEquals(0, resolve.code(), resolve.toString());
        assertTrue(resolve.out().contains("is resolved"), resolve.out());

        JsonNode active = json(cli.run("alerts", "list", "-o", "json"));
        active.forEach(a -> assertNotEquals(checkoutAlert, a.path("id").asLong(), "a resolved alert is not active"));
    }

    @Test
    @Order(10)
    void anUnknownAlertExitsFour() throws Exception {
        CliProcess.Result r = cli.run("alerts", "ack", "987654321");
        assertEquals(4, r.code(), r.toString());
        assertEquals("error: alert 987654321 does not exist\n", r.err());
    }

    @Test
    @Order(11)
    void aSilenceIsCreatedThroughAlertmanagersApi() throws Exception {
        CliProcess.Result r = cli.run("alerts", "silence", "service=cli-checkout", "--duration", "2h", "--comment", "deploy");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("silence "), r.toString());
        String id = r.out().split(" ")[1];
        String token = Api.form(Fleet.url("token-refresh") + "/token", Map.of("grant_type", "client_credentials",
                "client_id", ADMIN, "client_secret", ADMIN_SECRET)).body().path("access_token").asText();
        JsonNode silence = Api.get(Fleet.url("alert-route") + "/api/v2/silence/" + id, token).body();
        assertEquals("active", silence.path("status").path("state").asText(), silence.toString());
        assertEquals("cli-checkout", silence.path("matchers").path(0).path("value").asText(), silence.toString());
        assertEquals("deploy", silence.path("comment").asText());
    }

    @Test
    @Order(12)
    void memoriesAreSearchedByMeaning() throws Exception {
        String token = Api.form(Fleet.url("token-refresh") + "/token", Map.of("grant_type", "client_credentials",
                "client_id", ADMIN, "client_secret", ADMIN_SECRET)).body().path("access_token").asText();
        assertEquals(201, Api.post(Fleet.url("embed") + "/memories", token,
                "{\"text\":\"checkout latency climbed after the connection pool was exhausted\",\"kind\":\"incident\"}").status());
        CliProcess.Result r = cli.run("memories", "search", "slow", "checkout", "database", "pool");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("ID "), r.out());
        assertTrue(r.out().contains("connection pool was exhausted"), r.out());
        assertTrue(json(cli.run("memories", "search", "pool", "-o", "json")).isArray());
    }

    @Test
    @Order(13)
    void anExpiredAccessTokenIsRenewedAndTheRotatedRefreshTokenStored() throws Exception {
        Properties before = credentials();
        before.setProperty("access_expires_at", Instant.now().minusSeconds(60).toString());
        try (var w = Files.newBufferedWriter(cli.credentials())) {
            before.store(w, null);
        }
        CliProcess.Result r = cli.run("services", "list");
        assertEquals(0, r.code(), r.toString());
        Properties after = credentials();
        assertNotEquals(before.getProperty("refresh_token"), after.getProperty("refresh_token"), "rotated");
        assertNotEquals(before.getProperty("access_token"), after.getProperty("access_token"));
        assertTrue(Instant.parse(after.getProperty("access_expires_at")).isAfter(Instant.now().plus(Duration.ofMinutes(5))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.credentials())));
    }

    @Test
    @Order(14)
    void anUnreachableFunctionExitsFive() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliProcess.Result r = cli.run("", Map.of("FORESIGHT_MONITOR_URL", "http://127.0.0.1:" + closed), "services", "list");
        assertEquals(5, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: cannot reach monitor-trigger at http://127.0.0.1:" + closed), r.toString());
        CliProcess.Result status = cli.run("", Map.of("FORESIGHT_EMBED_URL", "http://127.0.0.1:" + closed), "status");
        assertEquals(5, status.code(), status.toString());
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("embed") && l.endsWith("unreachable")), status.out());
    }

    @Test
    @Order(15)
    void theLauncherHandsItsUnknownVerbsToTheCli() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("foresight").toString(), "status", "-o", "json")
                .redirectErrorStream(true);
        pb.environment().put("FORESIGHT_CONFIG", work.resolve("cli-config/config").toString());
        pb.environment().put("FORESIGHT_TOKEN_URL", Fleet.url("token-refresh"));
        pb.environment().put("FORESIGHT_PREDICT_URL", Fleet.url("predict"));
        pb.environment().put("FORESIGHT_ALERT_ROUTE_URL", Fleet.url("alert-route"));
        pb.environment().put("FORESIGHT_EMBED_URL", Fleet.url("embed"));
        pb.environment().put("FORESIGHT_MONITOR_URL", Fleet.url("monitor-trigger"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertEquals(ADMIN, Api.JSON.readTree(out).path("identity").path("clientId").asText());
    }

    @Test
    @Order(16)
    void aServiceOthersDependOnIsRemovedOnlyWithForce() throws Exception {
        CliProcess.Result refused = cli.run("services", "remove", "cli-checkout");
        assertEquals(1, refused.code(), refused.toString());
        assertEquals("error: cli-frontend depends on cli-checkout (critical); --force deletes those dependencies too\n", refused.err());

        CliProcess.Result forced = cli.run("services", "remove", "cli-checkout", "--force");
        assertEquals(0, forced.code(), forced.toString());
        assertEquals("service cli-checkout removed\n  dependency removed: cli-frontend -> cli-checkout\n", forced.out());
        assertEquals("cli-frontend\n", cli.run("services", "graph").out());

        CliProcess.Result gone = cli.run("services", "remove", "cli-checkout");
        assertEquals(4, gone.code(), gone.toString());
    }

    @Test
    @Order(17)
    void logoutForgetsTheLogin() throws Exception {
        assertEquals("logged out\n", cli.run("logout").out());
        assertTrue(Files.notExists(cli.credentials()));
        assertEquals(3, cli.run("alerts", "list").code());
    }

    private static JsonNode json(CliProcess.Result r) throws Exception {
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        return Api.JSON.readTree(r.out());
    }

    private static Properties credentials() throws Exception {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(cli.credentials())) {
            p.load(r);
        }
        return p;
    }

    private static void awaitStderr(Process p, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (CliProcess.stderrSoFar(p).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("the stream ended early: " + CliProcess.finish(p, 1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "' on the stream's stderr");
    }
}

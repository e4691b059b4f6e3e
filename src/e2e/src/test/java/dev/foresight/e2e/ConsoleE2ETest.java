package dev.foresight.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web console in a real headless Chromium against the five packaged functions: an operator
 * logs in with a client's credentials, and while they watch, checkout's degrading latency is
 * predicted to fail; the page shows it on the graph, in the predictions, in the forecast chart and
 * on the live stream. A screenshot is left at {@code src/e2e/target/console.png}.
 */
class ConsoleE2ETest {
    private static final String ADMIN_SECRET = "e2e-admin-secret";
    private static final String MONITOR_SECRET = "e2e-monitor-secret";
    private static final String VIEWER_SECRET = "e2e-viewer-secret";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(40);

    private static Path root;
    private static Fleet fleet;
    private static Browser browser;
    private static String token;

    @BeforeAll
    static void startFleetAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM),
                "console browser test skipped: /usr/bin/chromium is absent (apt-get install -y chromium chromium-driver)");
        E2eDatabase.recreate();
        root = Path.of(System.getProperty("foresight.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("src/e2e/target/e2e-console");
        fleet = new Fleet(root, work);
        Map<String, String> env = Fleet.environment(work,
                "e2e-admin:" + ADMIN_SECRET + ":fleet:write monitor:write predict:write alerts:write;"
                        + "e2e-viewer:" + VIEWER_SECRET + ":",
                "e2e-monitor", MONITOR_SECRET);
        env.put("FORESIGHT_MONITOR_TRIGGER_URL", Fleet.url("monitor-trigger"));
        env.put("FORESIGHT_EMBED_URL", Fleet.url("embed"));
        // the page is served by alert-route, so that is the origin the other functions must accept
        env.put("FORESIGHT_CONSOLE_ORIGINS", Fleet.url("alert-route"));
        fleet.start(env);
        browser = new Browser(work);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (fleet != null) {
                fleet.close();
            }
        }
    }

    @Test
    void anOperatorLogsInAndWatchesThePredictedFailureOfCheckoutAppear() throws Exception {
        try {
            watchThePredictedFailureAppear();
        } catch (Exception | AssertionError failed) {
            browser.saveDiagnostics(root.resolve("src/e2e/target"), "console-failure");
            throw failed;
        }
    }

    private void watchThePredictedFailureAppear() throws Exception {
        token = adminToken();
        registerDemoFleet();

        browser.driver.get(Fleet.url("alert-route") + "/");
        browser.driver.findElement(By.id("client-id")).sendKeys("e2e-viewer");
        browser.driver.findElement(By.id("client-secret")).sendKeys(VIEWER_SECRET);
        browser.driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();

        browser.await(PAGE_WAIT, "the console after login", d -> d.findElement(By.id("console")).isDisplayed());
        assertEquals("client e2e-viewer", browser.driver.findElement(By.id("whoami")).getText());
        browser.await(PAGE_WAIT, "the live stream attached", d -> "live".equals(
                d.findElement(By.id("stream-status")).getAttribute("data-state")));
        browser.await(PAGE_WAIT, "the graph with the three services", d -> graphNodes().keySet()
                .containsAll(List.of("checkout", "frontend", "search")));

        // only now, with the page open, does the fleet degrade far enough to be predicted to fail
        runCyclesUntilCheckoutIsPredictedToFail();

        WebElement streamed = browser.await(PAGE_WAIT, "an alert about checkout on the live stream",
                d -> first(d.findElements(By.cssSelector("#stream li[data-kind=alert][data-service=checkout]"))));
        assertTrue(streamed.getText().contains("checkout"), streamed.getText());

        browser.await(PAGE_WAIT, "checkout drawn at risk (red) in the graph", d -> "red".equals(graphNodes().get("checkout")));
        assertEquals("red", browser.driver.findElement(By.cssSelector("#fleet-list li[data-service=checkout]")).getAttribute("data-risk"));
        assertEquals("#d64541", browser.script("return echarts.getInstanceByDom(document.getElementById('graph')).getOption()"
                + ".series[0].data.find(n => n.name === 'checkout').itemStyle.color"));
        assertEquals(List.of("critical", "optional"), browser.script("return echarts.getInstanceByDom(document.getElementById('graph'))"
                + ".getOption().series[0].links.map(l => l.value).sort()"));

        WebElement prediction = browser.await(PAGE_WAIT, "checkout's predicted failure in the predictions",
                d -> first(d.findElements(By.cssSelector("#predictions li[data-service=checkout][data-kind=failure]"))));
        String ttf = prediction.findElement(By.className("ttf")).getText();
        assertTrue(ttf.matches("fails in (now|\\d+ s|\\d+ min \\d+ s|\\d+ h \\d+ min)"), ttf);
        String reasoning = prediction.findElement(By.className("reasoning")).getText();
        assertTrue(reasoning.contains("latency_ms") && reasoning.contains("P="), reasoning);
        assertTrue(!browser.driver.findElements(By.cssSelector("#alerts tr[data-service=checkout]")).isEmpty(),
                "checkout's alert in the active alerts");

        browser.await(PAGE_WAIT, "the forecast chart of checkout", d -> "checkout".equals(
                d.findElement(By.id("forecast-note")).getAttribute("data-service"))
                && d.findElement(By.id("forecast-note")).getText().contains("80 % and 95 % intervals"));
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) browser.script("return echarts.getInstanceByDom(document.getElementById('forecast'))"
                + ".getOption().series.filter(s => s.data.length > 0).map(s => s.name)");
        assertTrue(series.containsAll(List.of("observed", "forecast", "80 % interval", "95 % interval")), series.toString());

        Path png = root.resolve("src/e2e/target/console.png");
        browser.screenshot(png);
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
    }

    /** Node name → risk, read from the graph chart itself. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> graphNodes() {
        Object nodes = browser.script("const c = window.echarts && echarts.getInstanceByDom(document.getElementById('graph'));"
                + "return c ? Object.fromEntries(c.getOption().series[0].data.map(n => [n.name, n.value])) : {};");
        return (Map<String, String>) nodes;
    }

    private static WebElement first(List<WebElement> elements) {
        return elements.isEmpty() ? null : elements.get(0);
    }

    private static void runCyclesUntilCheckoutIsPredictedToFail() throws Exception {
        String monitor = Fleet.url("monitor-trigger");
        for (int cycle = 1; cycle <= 5; cycle++) {
            Api.Reply report = Api.post(monitor + "/monitor-trigger", token, "{}");
            assertEquals(200, report.status(), report.body().toString());
            JsonNode predictions = Api.get(Fleet.url("predict") + "/predictions?service=checkout", token).body();
            for (JsonNode p : predictions) {
                if ("failure".equals(p.get("kind").asText())) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no failure of checkout predicted after 5 cycles");
    }

    /** The demo's fleet: frontend depends on checkout (critical), search on checkout (optional). */
    private static void registerDemoFleet() throws Exception {
        String monitor = Fleet.url("monitor-trigger");
        assertEquals(201, Api.post(monitor + "/services", token, "{\"name\":\"checkout\",\"latencySloMs\":500}").status());
        assertEquals(201, Api.post(monitor + "/services", token, "{\"name\":\"frontend\",\"latencySloMs\":800}").status());
        assertEquals(201, Api.post(monitor + "/services", token, "{\"name\":\"search\",\"latencySloMs\":400}").status());
        assertEquals(201, Api.post(monitor + "/dependencies", token,
                "{\"service\":\"frontend\",\"dependsOn\":\"checkout\",\"kind\":\"critical\",\"weight\":0.9}").status());
        assertEquals(201, Api.post(monitor + "/dependencies", token,
                "{\"service\":\"search\",\"dependsOn\":\"checkout\",\"kind\":\"optional\",\"weight\":0.5}").status());
        Api.Reply pushed = Api.post(monitor + "/snapshots", token, snapshots());
        assertEquals(202, pushed.status(), pushed.body().toString());
    }

    /** One hour of 30-second snapshots: checkout's latency climbs towards its 500 ms SLO, the others hold. */
    private static String snapshots() {
        StringBuilder sb = new StringBuilder("{\"snapshots\":[");
        Instant end = Instant.now();
        int n = 120;
        for (int i = 0; i < n; i++) {
            Instant at = end.minusSeconds(30L * (n - 1 - i));
            double checkout = 120 + 3.0 * i + ((i * 7919) % 11 - 5);
            sb.append(i > 0 ? "," : "").append(String.join(",",
                    snapshot("checkout", at, checkout, 0.004, 0.41),
                    snapshot("frontend", at, 200.0 + (i % 5), 0.002, 0.30),
                    snapshot("search", at, 90.0 + (i % 7), 0.001, 0.25)));
        }
        return sb.append("]}").toString();
    }

    private static String snapshot(String service, Instant at, double latency, double errors, double cpu) {
        return String.format(Locale.ROOT, "{\"service\":\"%s\",\"time\":\"%s\",\"latencyMs\":%.1f,\"errorRate\":%.4f,"
                + "\"cpu\":%.2f,\"memory\":0.5,\"requestCount\":1000}", service, at, latency, errors, cpu);
    }

    private static String adminToken() throws Exception {
        Api.Reply r = Api.form(Fleet.url("token-refresh") + "/token", Map.of(
                "grant_type", "client_credentials", "client_id", "e2e-admin", "client_secret", ADMIN_SECRET));
        assertEquals(200, r.status(), r.body().toString());
        return r.body().get("access_token").asText();
    }
}

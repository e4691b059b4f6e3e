package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.shared.egress.EgressPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Prometheus block checked at start-up, and the Authorization header it leads to. */
class PrometheusSettingsTest {
    private static final EgressPolicy LOOPBACK = EgressPolicy.fromAllowList(List.of("127.0.0.0/8"));

    /** One configuration as an operator writes it; unset values are empty. */
    private record Block(Optional<String> url, Optional<String> username, Optional<String> password,
            Optional<String> bearerToken, Duration step, int maxPointsPerQuery) implements MonitorTriggerConfig.Prometheus {
        static Block of(String url) {
            return new Block(Optional.ofNullable(url), Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofMinutes(1),
                    11_000);
        }

        Block basic(String user, String password) {
            return new Block(url, Optional.ofNullable(user), Optional.ofNullable(password), bearerToken, step, maxPointsPerQuery);
        }

        Block bearer(String token) {
            return new Block(url, username, password, Optional.of(token), step, maxPointsPerQuery);
        }

        Block limits(Duration step, int points) {
            return new Block(url, username, password, bearerToken, step, points);
        }

        @Override public Duration timeout() { return Duration.ofSeconds(5); }
        @Override public Duration window() { return Duration.ofHours(1); }
        @Override public Duration ingestDelay() { return Duration.ofSeconds(15); }
        @Override public Duration rateWindow() { return Duration.ofMinutes(5); }
        @Override public int maxResponseBytes() { return 8 << 20; }
        @Override public int concurrency() { return 4; }
        @Override public String defaultPreset() { return "micrometer"; }
        @Override public boolean allServices() { return false; }
        @Override public Map<String, ServiceQueries> services() { return Map.of(); }
    }

    private static String failure(MonitorTriggerConfig.Prometheus block) {
        return assertThrows(IllegalStateException.class, () -> PrometheusSettings.from(block, LOOPBACK)).getMessage();
    }

    @Test
    void noUrlMeansTheSourceIsOff() {
        assertEquals(Optional.empty(), PrometheusSettings.from(Block.of(null), LOOPBACK));
        assertEquals(Optional.empty(), PrometheusSettings.from(Block.of(" "), LOOPBACK));
    }

    @Test
    void basicAndBearerAuthenticationBecomeTheHeader() {
        assertEquals(Optional.of("Basic Zm9yZXNpZ2h0OnMzY3JldA=="),
                PrometheusSettings.from(Block.of("http://127.0.0.1:9090/").basic("foresight", "s3cret"), LOOPBACK).orElseThrow()
                        .authorization());
        PrometheusSettings bearer = PrometheusSettings.from(Block.of("http://127.0.0.1:9090/").bearer("tok.en"), LOOPBACK).orElseThrow();
        assertEquals(Optional.of("Bearer tok.en"), bearer.authorization());
        assertEquals("http://127.0.0.1:9090", bearer.baseUrl(), "no trailing slash before /api/v1");
        assertEquals("PrometheusSettings[http://127.0.0.1:9090, authenticated]", bearer.toString(), "no secret in logs");
    }

    @Test
    void mistakesAreAllReportedWithTheirKeys() {
        assertEquals("invalid configuration: foresight.monitor-trigger.prometheus.username and"
                + " foresight.monitor-trigger.prometheus.password go together: set both or neither; "
                + "foresight.monitor-trigger.prometheus.bearer-token and foresight.monitor-trigger.prometheus.username/password"
                + " are exclusive: choose one; "
                + "foresight.monitor-trigger.prometheus.step \"PT0S\" must be a positive duration; "
                + "foresight.monitor-trigger.prometheus.max-points-per-query \"20000\" must be at most 11000"
                + " (Prometheus refuses more points per series)",
                failure(Block.of("http://127.0.0.1:9090").basic("foresight", null).bearer("t").limits(Duration.ZERO, 20_000)));
    }

    @Test
    void theUrlMustBeHttpAndPassTheEgressPolicy() {
        assertEquals("invalid configuration: foresight.monitor-trigger.prometheus.url \"ftp://127.0.0.1\" must be an absolute"
                + " http(s) URL", failure(Block.of("ftp://127.0.0.1")));
        assertEquals("invalid configuration: foresight.monitor-trigger.prometheus.url \"http://10.0.0.8:9090\" is refused by the"
                + " egress policy: must not target a private address (10.0.0.8) (foresight.egress.allow can allow it)",
                failure(Block.of("http://10.0.0.8:9090")));
    }
}

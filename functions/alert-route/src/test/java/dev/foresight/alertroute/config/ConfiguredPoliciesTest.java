package dev.foresight.alertroute.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.alertroute.severity.AlertFacts;
import dev.foresight.alertroute.severity.Severity;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up checks: a bad value stops the function with the property, the entry and the rule in the message. */
class ConfiguredPoliciesTest {
    private final ConfiguredPolicies policies = new ConfiguredPolicies();

    record IntakeValues(int maxLabels, boolean requireRegisteredService) implements AlertRouteConfig.Intake {}

    record ResolveValues(Duration timeout, Duration checkEvery) implements AlertRouteConfig.Resolve {}

    record RetentionValues(long maxEvents, Duration maxAge) implements AlertRouteConfig.Stream.Retention {}

    record StreamValues(Duration heartbeat, int buffer, Retention retention, Duration sessionTtl, int replayPage)
            implements AlertRouteConfig.Stream {}

    record WebhookValues(Optional<URI> url, Set<String> severities, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
            Duration jitter, Duration timeout) implements AlertRouteConfig.Webhook {}

    record ConsoleValues(URI tokenUrl, URI predictUrl, URI monitorUrl, URI embedUrl) implements AlertRouteConfig.Console {}

    record AlertmanagerValues(Optional<java.nio.file.Path> configFile, Duration poll, Duration configCheck, String externalUrl)
            implements AlertRouteConfig.Alertmanager {}

    record CascadeValues(boolean enabled, String sourceMatchers) implements AlertRouteConfig.Cascade {}

    record DeliveryValues(Duration lease, Duration retryInitialBackoff, Duration retryMaxBackoff, int concurrency)
            implements AlertRouteConfig.Delivery {}

    record SimilarValues(int k, Duration budget) implements AlertRouteConfig.Memory.Similar {}

    record OutboxValues(Duration poll, int batch, Duration timeout, Duration initialBackoff, Duration maxBackoff)
            implements AlertRouteConfig.Memory.Outbox {}

    record MemoryValues(URI embedUrl, URI tokenUrl, String clientId, Optional<String> clientSecret, Duration tokenRenewBefore,
            Similar similar, Outbox outbox) implements AlertRouteConfig.Memory {}

    /** Plain values standing in for the configuration interface. */
    record Config(List<String> rules, Duration window, Optional<URI> url, Set<String> severities) implements AlertRouteConfig {
        @Override
        public Severity severity() {
            return () -> rules;
        }

        @Override
        public Dedup dedup() {
            return () -> window;
        }

        @Override
        public Intake intake() {
            return new IntakeValues(32, true);
        }

        @Override
        public Resolve resolve() {
            return new ResolveValues(Duration.ofMinutes(5), Duration.ofSeconds(10));
        }

        @Override
        public Stream stream() {
            return new StreamValues(Duration.ofSeconds(15), 256, new RetentionValues(20_000, Duration.ofHours(1)),
                    Duration.ofHours(24), 200);
        }

        @Override
        public Webhook webhook() {
            return new WebhookValues(url, severities, 4, Duration.ofMillis(200), Duration.ofSeconds(10),
                    Duration.ofMillis(100), Duration.ofSeconds(5));
        }

        @Override
        public Receivers receivers() {
            return null; // checked by DeliverySettingsTest
        }

        @Override
        public Alertmanager alertmanager() {
            return new AlertmanagerValues(Optional.empty(), Duration.ofMillis(200), Duration.ofSeconds(5), "http://127.0.0.1:8083");
        }

        @Override
        public Cascade cascade() {
            return new CascadeValues(true, "severity=\"critical\"");
        }

        @Override
        public Delivery delivery() {
            return new DeliveryValues(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(1), 16);
        }

        @Override
        public Memory memory() {
            return new MemoryValues(URI.create("http://127.0.0.1:8084"), URI.create("http://127.0.0.1:8081/token"),
                    "alert-route", Optional.empty(), Duration.ofSeconds(30), new SimilarValues(3, Duration.ofMillis(300)),
                    new OutboxValues(Duration.ofSeconds(1), 20, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(5)));
        }

        @Override
        public Console console() {
            return new ConsoleValues(URI.create("http://127.0.0.1:8081/token"), URI.create("http://127.0.0.1:8082"),
                    URI.create("http://127.0.0.1:8085"), URI.create("http://127.0.0.1:8084"));
        }
    }

    private static Config config(List<String> rules) {
        return new Config(rules, Duration.ofMinutes(5), Optional.empty(), Set.of("critical", "high"));
    }

    @Test
    void buildsTheConfiguredTable() {
        assertEquals(Severity.HIGH, policies.severityRules(config(List.of("high: type=cascade"))).classify(new AlertFacts("cascade", null, null)));
    }

    @Test
    void anUnknownSeverityStopsStartUp() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> policies.severityRules(config(List.of("critical: type=failure", "urgent: type=cascade"))));
        assertEquals("invalid foresight.alert-route.severity.rules: rule 2 \"urgent: type=cascade\": "
                + "unknown severity \"urgent\"; expected one of critical, high, medium, low", failure.getMessage());
    }

    @Test
    void aConfidenceOutsideTheUnitIntervalStopsStartUp() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> policies.severityRules(config(List.of("high: confidence>=80"))));
        assertEquals("invalid foresight.alert-route.severity.rules: rule 1 \"high: confidence>=80\": confidence 80 is outside [0, 1]",
                failure.getMessage());
    }

    @Test
    void aZeroDedupWindowStopsStartUp() {
        Config zero = new Config(List.of("low"), Duration.ZERO, Optional.empty(), Set.of("critical"));
        assertEquals("invalid foresight.alert-route.dedup.window: dedup window must be positive, was PT0S",
                assertThrows(IllegalStateException.class, () -> policies.dedupWindow(zero)).getMessage());
    }

    @Test
    void anUnknownWebhookSeverityStopsStartUp() {
        Config bad = new Config(List.of("low"), Duration.ofMinutes(5), Optional.of(URI.create("http://127.0.0.1:9/hook")), Set.of("page"));
        assertEquals("invalid foresight.alert-route.webhook.severities: unknown severity \"page\"; expected one of critical, high, medium, low",
                assertThrows(IllegalStateException.class, () -> policies.webhookSettings(bad)).getMessage());
    }
}

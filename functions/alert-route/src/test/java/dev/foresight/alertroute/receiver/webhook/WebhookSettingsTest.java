package dev.foresight.alertroute.receiver.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.severity.Severity;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebhookSettingsTest {
    /** Plain values standing in for the configuration interface. */
    record Values(Optional<URI> url, Set<String> severities, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
            Duration jitter, Duration timeout) implements AlertRouteConfig.Webhook {}

    private static Values defaults() {
        return new Values(Optional.of(URI.create("http://127.0.0.1:9/hook")), Set.of("critical", "high"), 4,
                Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    @Test
    void acceptsTheDefaults() {
        WebhookSettings settings = WebhookSettings.from(defaults());
        assertEquals(Set.of(Severity.CRITICAL, Severity.HIGH), settings.severities());
        assertEquals(4, settings.retry().maxAttempts());
    }

    static Stream<Arguments> invalid() {
        Values d = defaults();
        return Stream.of(
                Arguments.of("unknown severity", new Values(d.url(), Set.of("urgent"), 4, d.initialBackoff(), d.maxBackoff(), d.jitter(), d.timeout()),
                        "foresight.alert-route.webhook.severities: unknown severity \"urgent\"; expected one of critical, high, medium, low"),
                Arguments.of("not an http URL", new Values(Optional.of(URI.create("ftp://host/x")), d.severities(), 4, d.initialBackoff(),
                        d.maxBackoff(), d.jitter(), d.timeout()),
                        "foresight.alert-route.webhook.url \"ftp://host/x\" must be an absolute http or https URL"),
                Arguments.of("zero timeout", new Values(d.url(), d.severities(), 4, d.initialBackoff(), d.maxBackoff(), d.jitter(), Duration.ZERO),
                        "foresight.alert-route.webhook.timeout \"PT0S\" must be positive"),
                Arguments.of("max backoff under the initial", new Values(d.url(), d.severities(), 4, Duration.ofSeconds(2), Duration.ofSeconds(1),
                        d.jitter(), d.timeout()),
                        "foresight.alert-route.webhook.max-backoff \"PT1S\" must not be shorter than initial-backoff PT2S"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusesWithAPreciseMessage(String name, Values values, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> WebhookSettings.from(values)).getMessage());
    }
}

package dev.foresight.alertroute.receiver.webhook;

import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.severity.Severity;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The webhook receiver's configuration, checked: a mistake names the property and the value. */
public record WebhookSettings(Optional<URI> url, Set<Severity> severities, RetryPolicy retry, Duration timeout) {
    private static final String PREFIX = "foresight.alert-route.webhook.";

    public static WebhookSettings from(AlertRouteConfig.Webhook config) {
        config.url().ifPresent(url -> {
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw invalid("url", url, "must be an absolute http or https URL");
            }
        });
        Set<Severity> severities;
        try {
            severities = Severity.parseAll(config.severities());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(PREFIX + "severities: " + unknown.getMessage());
        }
        positive("initial-backoff", config.initialBackoff());
        positive("timeout", config.timeout());
        if (config.maxBackoff().compareTo(config.initialBackoff()) < 0) {
            throw invalid("max-backoff", config.maxBackoff(), "must not be shorter than initial-backoff " + config.initialBackoff());
        }
        if (config.jitter().isNegative()) {
            throw invalid("jitter", config.jitter(), "must not be negative");
        }
        RetryPolicy retry = new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff(), config.jitter());
        return new WebhookSettings(config.url(), Set.copyOf(severities), retry, config.timeout());
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw invalid(name, value, "must be positive");
        }
    }

    private static IllegalArgumentException invalid(String name, Object value, String why) {
        return new IllegalArgumentException(PREFIX + name + " \"" + value + "\" " + why);
    }
}

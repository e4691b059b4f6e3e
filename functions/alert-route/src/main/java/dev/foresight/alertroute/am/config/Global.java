package dev.foresight.alertroute.am.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code global:} block: the resolve timeout we act on, and every other scalar key as text so
 * receivers can take their defaults (smtp_*, slack_api_url, pagerduty_url ...). Alertmanager's own
 * defaults for smtp_hello, smtp_require_tls and pagerduty_url are present unless overridden.
 */
public record Global(Duration resolveTimeout, Map<String, String> settings) {
    public static final Duration DEFAULT_RESOLVE_TIMEOUT = Duration.ofMinutes(5);

    public Global {
        settings = Map.copyOf(settings);
    }

    public static Global defaults() {
        return new Global(DEFAULT_RESOLVE_TIMEOUT, Map.of());
    }

    /** A non-empty global setting. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
    }
}

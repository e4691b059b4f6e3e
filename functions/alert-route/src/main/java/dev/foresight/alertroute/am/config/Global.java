package dev.foresight.alertroute.am.config;

import java.time.Duration;
import java.util.Map;

/**
 * The {@code global:} block: the resolve timeout we act on, and every other scalar key as text so
 * receivers can take their defaults (smtp_*, slack_api_url, pagerduty_url ...).
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
    public java.util.Optional<String> setting(String key) {
        return java.util.Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
    }
}

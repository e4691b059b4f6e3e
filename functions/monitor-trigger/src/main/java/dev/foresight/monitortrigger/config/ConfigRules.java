package dev.foresight.monitortrigger.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The checks applied to configuration values; each answers a precise message or nothing. */
public final class ConfigRules {
    private ConfigRules() {}

    public static Optional<String> httpUrl(String key, String value) {
        URI uri;
        try {
            uri = value == null ? null : URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean ok = uri != null && uri.getHost() != null
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        return ok ? Optional.empty()
                : Optional.of(key + " \"" + value + "\" must be an absolute http(s) URL");
    }

    public static Optional<String> positive(String key, Duration value) {
        return value != null && !value.isNegative() && !value.isZero() ? Optional.empty()
                : Optional.of(key + " \"" + value + "\" must be a positive duration");
    }

    public static Optional<String> atLeast(String key, int value, int minimum) {
        return value >= minimum ? Optional.empty()
                : Optional.of(key + " \"" + value + "\" must be at least " + minimum);
    }

    /** {@code key} must be strictly longer than {@code otherKey}. */
    public static Optional<String> longer(String key, Duration value, String otherKey, Duration other) {
        return value != null && other != null && value.compareTo(other) > 0 ? Optional.empty()
                : Optional.of(key + " \"" + value + "\" must be longer than " + otherKey + " \"" + other + "\"");
    }
}

package dev.foresight.alertroute.am.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus' {@code model.Duration} syntax, which Alertmanager uses for every interval: units in
 * descending order, each at most once ({@code 1y2w3d4h5m6s7ms}, a year being 365 days), or "0".
 */
public final class PromDuration {
    private static final Pattern SYNTAX = Pattern.compile(
            "^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$");
    private static final long[] UNIT_MILLIS = {
        365L * 24 * 3600_000, 7L * 24 * 3600_000, 24L * 3600_000, 3600_000L, 60_000L, 1000L, 1L
    };

    private PromDuration() {}

    public static Duration parse(String text) {
        if (text.isEmpty()) {
            throw new ConfigException("empty duration string");
        }
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new ConfigException("not a valid duration string: \"" + text + "\"");
        }
        long millis = 0;
        for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
            String digits = m.group(2 + unit * 2);
            if (digits != null) {
                try {
                    millis = Math.addExact(millis, Math.multiplyExact(Long.parseLong(digits), UNIT_MILLIS[unit]));
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new ConfigException("not a valid duration string: \"" + text + "\"");
                }
            }
        }
        return Duration.ofMillis(millis);
    }
}

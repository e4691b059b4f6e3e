package dev.foresight.cli.alerts;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as amtool writes them: {@code 2h}, {@code 1h30m}, {@code 3d}, {@code 45m}, {@code 1w}. */
public final class SilenceDuration implements ITypeConverter<Duration> {
    private static final Pattern WHOLE = Pattern.compile("(\\d+[wdhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+)([wdhms])");

    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 2h, 1h30m or 3d");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        if (total.isZero()) {
            throw new IllegalArgumentException("a silence must last longer than 0s");
        }
        return total;
    }

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

package dev.foresight.alertroute.am.config;

import dev.foresight.alertroute.am.timeinterval.InclusiveRange;
import dev.foresight.alertroute.am.timeinterval.Ranges;
import dev.foresight.alertroute.am.timeinterval.TimeInterval;
import dev.foresight.alertroute.am.timeinterval.TimeRange;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** One entry of a named {@code time_intervals:} (or legacy {@code mute_time_intervals:}) list. */
final class TimeIntervalParser {
    private static final Set<String> KEYS = Set.of("times", "weekdays", "days_of_month", "months", "years", "location");
    private static final Set<String> TIME_KEYS = Set.of("start_time", "end_time");

    private TimeIntervalParser() {}

    static TimeInterval parse(YamlNode node) {
        node.allowOnly(KEYS);
        try {
            List<TimeRange> times = node.list("times").stream().map(t -> {
                t.allowOnly(TIME_KEYS);
                return TimeRange.parse(t.text("start_time").orElse(""), t.text("end_time").orElse(""));
            }).toList();
            if (writtenEmpty(node)) {
                // Go keeps an empty list as "none of these", so the entry never contains anything
                return new TimeInterval(List.of(), List.of(), List.of(), List.of(), List.of(InclusiveRange.NONE),
                        ZoneOffset.UTC);
            }
            return new TimeInterval(
                    times,
                    ranges(node, "weekdays", Ranges::weekdays),
                    ranges(node, "days_of_month", Ranges::daysOfMonth),
                    ranges(node, "months", Ranges::months),
                    ranges(node, "years", Ranges::years),
                    location(node.text("location").orElse("")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    private static boolean writtenEmpty(YamlNode node) {
        return List.of("times", "weekdays", "days_of_month", "months", "years").stream()
                .anyMatch(key -> node.has(key) && node.list(key).isEmpty());
    }

    private static List<InclusiveRange> ranges(YamlNode node, String key, Function<String, InclusiveRange> reader) {
        return node.strings(key).stream().map(reader).toList();
    }

    /** Go's LoadLocation: "" and "UTC" are UTC, "Local" is this machine's zone. */
    private static ZoneId location(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ConfigException("unknown time zone " + name);
        }
    }
}

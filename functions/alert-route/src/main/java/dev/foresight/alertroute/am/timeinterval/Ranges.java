package dev.foresight.alertroute.am.timeinterval;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the {@code a:b} range strings of a time interval with Alertmanager's rules and messages
 * (timeinterval.go), so a file Alertmanager refuses is refused here with the same words.
 */
public final class Ranges {
    private static final List<String> WEEKDAYS =
            List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private Ranges() {}

    public static InclusiveRange weekdays(String in) {
        InclusiveRange r = split(in, s -> {
            int day = WEEKDAYS.indexOf(s);
            if (day < 0) {
                throw new IllegalArgumentException(s + " is not a valid weekday");
            }
            return day;
        });
        if (r.begin() > r.end()) {
            throw new IllegalArgumentException("start day cannot be before end day");
        }
        return r;
    }

    public static InclusiveRange daysOfMonth(String in) {
        InclusiveRange r = split(in, Ranges::atoi);
        for (int d : new int[] {r.begin(), r.end()}) {
            if (d == 0 || d < -31 || d > 31) {
                throw new IllegalArgumentException(d + " is not a valid day of the month: out of range");
            }
        }
        if (r.begin() < 0 && r.end() > 0) {
            throw new IllegalArgumentException("end day must be negative if start day is negative");
        }
        // a negative index is judged against the shortest month, 28 days, to catch what is always wrong
        int begin = r.begin() < 0 ? 28 + r.begin() : r.begin();
        int end = r.end() < 0 ? 28 + r.end() : r.end();
        if (begin > end) {
            throw new IllegalArgumentException("end day " + r.end() + " is always before start day " + r.begin());
        }
        return r;
    }

    public static InclusiveRange months(String in) {
        InclusiveRange r = split(in, s -> {
            int index = MONTHS.indexOf(s);
            if (index >= 0) {
                return index + 1;
            }
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(s + " is not a valid month");
            }
        });
        if (r.begin() > r.end()) {
            throw new IllegalArgumentException(
                    "end month " + monthName(r.end()) + " is before start month " + monthName(r.begin()));
        }
        return r;
    }

    public static InclusiveRange years(String in) {
        InclusiveRange r = split(in, Ranges::atoi);
        if (r.begin() > r.end()) {
            throw new IllegalArgumentException("end year " + r.end() + " is before start year " + r.begin());
        }
        return r;
    }

    private static String monthName(int month) {
        return month >= 1 && month <= 12 ? MONTHS.get(month - 1) : "";
    }

    private static InclusiveRange split(String raw, Function<String, Integer> member) {
        String in = raw.toLowerCase(Locale.ROOT);
        if (in.indexOf(':') >= 0) {
            String[] parts = in.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("couldn't parse range " + in + ", invalid format");
            }
            return new InclusiveRange(member.apply(parts[0]), member.apply(parts[1]));
        }
        int value = member.apply(in);
        return new InclusiveRange(value, value);
    }

    private static int atoi(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("strconv.Atoi: parsing \"" + s + "\": invalid syntax");
        }
    }
}

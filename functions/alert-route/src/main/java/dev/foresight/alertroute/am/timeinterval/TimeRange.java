package dev.foresight.alertroute.am.timeinterval;

import java.util.regex.Pattern;

/** Minutes of the day, start inclusive and end exclusive; {@code 24:00} ends at midnight. */
public record TimeRange(int startMinute, int endMinute) {
    private static final Pattern HH_MM = Pattern.compile("^((([01][0-9])|(2[0-3])):[0-5][0-9])$|(^24:00$)");

    public TimeRange {
        if (startMinute >= endMinute) {
            throw new IllegalArgumentException("start time cannot be equal or greater than end time");
        }
    }

    /** From Alertmanager's {@code start_time}/{@code end_time} strings, with its messages. */
    public static TimeRange parse(String start, String end) {
        if (start == null || end == null || start.isEmpty() || end.isEmpty()) {
            throw new IllegalArgumentException("both start and end times must be provided");
        }
        return new TimeRange(minutes(start), minutes(end));
    }

    private static int minutes(String hhmm) {
        if (!HH_MM.matcher(hhmm).matches()) {
            throw new IllegalArgumentException("couldn't parse timestamp " + hhmm + ", invalid format");
        }
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }
}

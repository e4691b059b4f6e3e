package dev.foresight.alertroute.am.timeinterval;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a named Alertmanager time interval: an instant is inside when it satisfies every
 * constraint given; an empty list places no constraint. Fields are read in {@code location}.
 */
public record TimeInterval(
        List<TimeRange> times,
        List<InclusiveRange> weekdays,
        List<InclusiveRange> daysOfMonth,
        List<InclusiveRange> months,
        List<InclusiveRange> years,
        ZoneId location) {

    public TimeInterval {
        times = List.copyOf(times);
        weekdays = List.copyOf(weekdays);
        daysOfMonth = List.copyOf(daysOfMonth);
        months = List.copyOf(months);
        years = List.copyOf(years);
        location = Objects.requireNonNullElse(location, ZoneOffset.UTC);
    }

    /** True when {@code at} is inside any of the intervals, as a route's mute or active list asks. */
    public static boolean anyContains(List<TimeInterval> list, Instant at) {
        return list.stream().anyMatch(ti -> ti.contains(at));
    }

    public boolean contains(Instant instant) {
        ZonedDateTime t = instant.atZone(location);
        int minute = t.getHour() * 60 + t.getMinute();
        if (!times.isEmpty() && times.stream().noneMatch(r -> r.contains(minute))) {
            return false;
        }
        if (!daysOfMonth.isEmpty() && daysOfMonth.stream().noneMatch(r -> containsDay(r, t))) {
            return false;
        }
        if (!months.isEmpty() && months.stream().noneMatch(r -> r.contains(t.getMonthValue()))) {
            return false;
        }
        int weekday = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue();
        if (!weekdays.isEmpty() && weekdays.stream().noneMatch(r -> r.contains(weekday))) {
            return false;
        }
        return years.isEmpty() || years.stream().anyMatch(r -> r.contains(t.getYear()));
    }

    /** Negative days count back from the month's end; a range is clamped to the month it is read in. */
    private static boolean containsDay(InclusiveRange range, ZonedDateTime t) {
        int length = t.toLocalDate().lengthOfMonth();
        int begin = range.begin() < 0 ? length + range.begin() + 1 : range.begin();
        int end = range.end() < 0 ? length + range.end() + 1 : range.end();
        if (begin > length) {
            return false; // "31" names no day of a 30-day month
        }
        begin = Math.max(-length, Math.min(begin, length));
        end = Math.max(-length, Math.min(end, length));
        return t.getDayOfMonth() >= begin && t.getDayOfMonth() <= end;
    }
}

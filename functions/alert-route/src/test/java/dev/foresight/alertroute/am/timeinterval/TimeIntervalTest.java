package dev.foresight.alertroute.am.timeinterval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TimeIntervalTest {
    private static TimeInterval days(String... ranges) {
        return new TimeInterval(List.of(), List.of(), Stream.of(ranges).map(Ranges::daysOfMonth).toList(), List.of(),
                List.of(), ZoneOffset.UTC);
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void noConstraintContainsEverything() {
        assertTrue(new TimeInterval(List.of(), List.of(), List.of(), List.of(), List.of(), null).contains(Instant.EPOCH));
    }

    @Test
    void timesAreStartInclusiveEndExclusive() {
        TimeInterval office = new TimeInterval(List.of(TimeRange.parse("09:00", "17:00")), List.of(), List.of(), List.of(),
                List.of(), ZoneOffset.UTC);
        assertFalse(office.contains(at("2024-03-04T08:59:59Z")));
        assertTrue(office.contains(at("2024-03-04T09:00:00Z")));
        assertTrue(office.contains(at("2024-03-04T16:59:59Z")));
        assertFalse(office.contains(at("2024-03-04T17:00:00Z")));
    }

    @Test
    void midnightEndsAt2400() {
        TimeInterval lateEvening = new TimeInterval(List.of(TimeRange.parse("22:00", "24:00")), List.of(), List.of(),
                List.of(), List.of(), ZoneOffset.UTC);
        assertTrue(lateEvening.contains(at("2024-03-04T23:59:59Z")));
        assertFalse(lateEvening.contains(at("2024-03-05T00:00:00Z")));
    }

    @Test
    void weekdaysCountFromSunday() {
        TimeInterval workweek = new TimeInterval(List.of(), List.of(Ranges.weekdays("Monday:FRIDAY")), List.of(), List.of(),
                List.of(), ZoneOffset.UTC);
        assertTrue(workweek.contains(at("2024-03-04T12:00:00Z")), "a Monday");
        assertTrue(workweek.contains(at("2024-03-08T12:00:00Z")), "a Friday");
        assertFalse(workweek.contains(at("2024-03-09T12:00:00Z")), "a Saturday");
        assertFalse(workweek.contains(at("2024-03-10T12:00:00Z")), "a Sunday");
        TimeInterval sunday = new TimeInterval(List.of(), List.of(Ranges.weekdays("sunday")), List.of(), List.of(),
                List.of(), ZoneOffset.UTC);
        assertTrue(sunday.contains(at("2024-03-10T12:00:00Z")));
    }

    @Test
    void theZoneDecidesTheDayAndTheHour() {
        TimeInterval berlinMorning = new TimeInterval(List.of(TimeRange.parse("08:00", "09:00")),
                List.of(Ranges.weekdays("monday")), List.of(), List.of(), List.of(), ZoneId.of("Europe/Berlin"));
        assertTrue(berlinMorning.contains(at("2024-01-08T07:30:00Z")), "08:30 in Berlin in winter");
        assertTrue(berlinMorning.contains(at("2024-07-08T06:30:00Z")), "08:30 in Berlin in summer");
        assertFalse(berlinMorning.contains(at("2024-01-08T08:30:00Z")), "09:30 in Berlin");
        TimeInterval tokyoMonday = new TimeInterval(List.of(), List.of(Ranges.weekdays("monday")), List.of(), List.of(),
                List.of(), ZoneId.of("Asia/Tokyo"));
        assertTrue(tokyoMonday.contains(at("2024-01-07T20:00:00Z")), "Sunday in UTC is already Monday in Tokyo");
    }

    static Stream<Arguments> monthDays() {
        return Stream.of(
                Arguments.of("last day of January", days("-1"), "2024-01-31T10:00:00Z", true),
                Arguments.of("-1 is not the 30th of January", days("-1"), "2024-01-30T10:00:00Z", false),
                Arguments.of("last day of a leap February", days("-1"), "2024-02-29T10:00:00Z", true),
                Arguments.of("last day of a plain February", days("-1"), "2023-02-28T10:00:00Z", true),
                Arguments.of("last three days of April", days("-3:-1"), "2024-04-28T00:00:00Z", true),
                Arguments.of("before the last three days of April", days("-3:-1"), "2024-04-27T23:59:59Z", false),
                Arguments.of("first week", days("1:7"), "2024-04-07T23:59:00Z", true),
                Arguments.of("first week, day eight", days("1:7"), "2024-04-08T00:00:00Z", false),
                Arguments.of("a range past the month's end is clamped", days("25:31"), "2023-02-28T10:00:00Z", true),
                Arguments.of("31 names no day of April", days("31"), "2024-04-30T10:00:00Z", false),
                Arguments.of("any of two ranges", days("1", "15"), "2024-04-15T10:00:00Z", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monthDays")
    void daysOfMonth(String name, TimeInterval interval, String instant, boolean expected) {
        assertEquals(expected, interval.contains(at(instant)));
    }

    @Test
    void negativeDaysAreReadInTheIntervalsZone() {
        // 2024-02-29T23:30Z is already 1 March in Berlin: not the last day of the month there
        TimeInterval lastDayBerlin = new TimeInterval(List.of(), List.of(), List.of(Ranges.daysOfMonth("-1")), List.of(),
                List.of(), ZoneId.of("Europe/Berlin"));
        assertFalse(lastDayBerlin.contains(at("2024-02-29T23:30:00Z")));
        assertTrue(lastDayBerlin.contains(at("2024-02-29T22:30:00Z")));
    }

    @Test
    void monthsAndYears() {
        TimeInterval summer2024 = new TimeInterval(List.of(), List.of(), List.of(),
                List.of(Ranges.months("june:August")), List.of(Ranges.years("2024")), ZoneOffset.UTC);
        assertTrue(summer2024.contains(at("2024-07-15T00:00:00Z")));
        assertFalse(summer2024.contains(at("2024-09-01T00:00:00Z")));
        assertFalse(summer2024.contains(at("2025-07-15T00:00:00Z")));
        assertEquals(new InclusiveRange(12, 12), Ranges.months("12"));
        assertEquals(new InclusiveRange(2020, 2022), Ranges.years("2020:2022"));
    }

    @Test
    void anyContainsIsAnOr() {
        TimeInterval jan = new TimeInterval(List.of(), List.of(), List.of(), List.of(Ranges.months("1")), List.of(), null);
        TimeInterval mar = new TimeInterval(List.of(), List.of(), List.of(), List.of(Ranges.months("3")), List.of(), null);
        assertTrue(TimeInterval.anyContains(List.of(jan, mar), at("2024-03-02T00:00:00Z")));
        assertFalse(TimeInterval.anyContains(List.of(jan, mar), at("2024-02-02T00:00:00Z")));
        assertFalse(TimeInterval.anyContains(List.of(), at("2024-02-02T00:00:00Z")));
    }

    /** Messages as amtool check-config 0.25 prints them. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "weekdays|funday|funday is not a valid weekday",
        "weekdays|friday:monday|start day cannot be before end day",
        "weekdays|monday:tuesday:friday|couldn't parse range monday:tuesday:friday, invalid format",
        "days|0|0 is not a valid day of the month: out of range",
        "days|32|32 is not a valid day of the month: out of range",
        "days|-3:5|end day must be negative if start day is negative",
        "days|10:5|end day 5 is always before start day 10",
        "days|-1:-3|end day -3 is always before start day -1",
        "days|x|strconv.Atoi: parsing \"x\": invalid syntax",
        "months|august:may|end month may is before start month august",
        "months|foo|foo is not a valid month",
        "years|2022:2020|end year 2020 is before start year 2022",
    })
    void refusesRanges(String kind, String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            switch (kind) {
                case "weekdays" -> Ranges.weekdays(text);
                case "days" -> Ranges.daysOfMonth(text);
                case "months" -> Ranges.months(text);
                default -> Ranges.years(text);
            }
        });
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource(delimiter = '|', value = {
        "25:00|10:00|couldn't parse timestamp 25:00, invalid format",
        "9:00|10:00|couldn't parse timestamp 9:00, invalid format",
        "09:60|10:00|couldn't parse timestamp 09:60, invalid format",
        "10:00|10:00|start time cannot be equal or greater than end time",
        "10:00|''|both start and end times must be provided",
    })
    void refusesTimes(String start, String end, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TimeRange.parse(start, end)).getMessage());
    }
}

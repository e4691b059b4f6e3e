package dev.foresight.alertroute.am.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.alertroute.am.timeinterval.TimeInterval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named time intervals as a real Alertmanager 0.25 applied them to a route's mute list. */
class TimeIntervalsConfigTest {
    private static List<TimeInterval> interval(String entry) {
        return ConfigParser.parse("route: {receiver: r}\nreceivers: [{name: r}]\ntime_intervals:\n  - name: n\n"
                + "    time_intervals: [" + entry + "]\n").timeIntervals().get("n");
    }

    @Test
    void anEntryWithoutConstraintsAlwaysContains() {
        assertTrue(TimeInterval.anyContains(interval("{}"), Instant.parse("2025-06-01T03:00:00Z")));
    }

    @Test
    void aListWrittenEmptyNeverContains() {
        // Alertmanager notified an alert routed under mute_time_intervals whose only entry was {weekdays: []}
        assertFalse(TimeInterval.anyContains(interval("{weekdays: []}"), Instant.parse("2025-06-01T03:00:00Z")));
        assertFalse(TimeInterval.anyContains(interval("{times: [], location: Europe/Berlin}"), Instant.EPOCH));
    }

    @Test
    void keysAreReadWithTheirZone() {
        List<TimeInterval> office = interval("{weekdays: ['monday:friday'], times: [{start_time: '09:00', end_time: '17:00'}],"
                + " location: America/New_York}");
        assertTrue(TimeInterval.anyContains(office, Instant.parse("2025-06-02T13:30:00Z")), "09:30 Monday in New York");
        assertFalse(TimeInterval.anyContains(office, Instant.parse("2025-06-02T12:30:00Z")), "08:30 Monday in New York");
    }
}

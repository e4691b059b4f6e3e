package dev.foresight.alertroute.receiver.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventIdTest {
    @Test
    void readsAndWritesRedisStreamIds() {
        EventId id = EventId.parse("1733212800000-7").orElseThrow();
        assertEquals(new EventId(1733212800000L, 7), id);
        assertEquals("1733212800000-7", id.toString());
    }

    @Test
    void ordersByTimeThenSequence() {
        EventId a = EventId.parse("5-9").orElseThrow();
        EventId b = EventId.parse("6-0").orElseThrow();
        EventId c = EventId.parse("6-1").orElseThrow();
        assertTrue(b.isAfter(a));
        assertTrue(c.isAfter(b));
        assertTrue(!a.isAfter(a));
    }

    @ParameterizedTest(name = "\"{0}\" is not an id")
    @ValueSource(strings = {"", "42", "42-", "-1-0", "1-2-3", "abc-1", "1733212800000-0 ", "+1-0", "99999999999999999999-0",
            "1-99999999999999999999", "$", "0x10-0"})
    void refusesWhatIsNotAnId(String text) {
        assertEquals(Optional.empty(), EventId.parse(text));
    }
}

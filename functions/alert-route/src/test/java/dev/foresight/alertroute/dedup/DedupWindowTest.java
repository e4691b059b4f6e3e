package dev.foresight.alertroute.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DedupWindowTest {
    @Test
    void aPositiveWindowIsKept() {
        assertEquals(Duration.ofMinutes(5), new DedupWindow(Duration.ofMinutes(5)).length());
    }

    @Test
    void aZeroOrNegativeWindowIsRefusedWithItsValue() {
        assertEquals("dedup window must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> new DedupWindow(Duration.ZERO)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DedupWindow(Duration.ofSeconds(-1)));
    }
}

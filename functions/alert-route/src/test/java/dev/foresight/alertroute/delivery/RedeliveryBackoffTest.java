package dev.foresight.alertroute.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedeliveryBackoffTest {
    private final RedeliveryBackoff backoff = new RedeliveryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @ParameterizedTest(name = "after round {0}, random {1}: {2} ms")
    @CsvSource({
            "1, 0.5, 2000",     // the first wait, in the middle of its band
            "2, 0.5, 4000",     // doubles
            "5, 0.5, 32000",
            "6, 0.5, 60000",    // capped
            "40, 0.5, 60000",   // a receiver down for hours stays at the cap
            "1, 0.0, 1600",     // a fifth below
            "6, 0.75, 66000"     // a tenth above the cap
    })
    void doublesUpToTheCapWithAFifthOfJitter(int rounds, double random, long millis) {
        assertEquals(Duration.ofMillis(millis), backoff.after(rounds, random));
    }

    @Test
    void aCapBelowTheFirstWaitIsRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RedeliveryBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertEquals("foresight.alert-route.delivery.retry-max-backoff \"PT1S\" must not be shorter than "
                + "retry-initial-backoff PT5S", e.getMessage());
    }
}

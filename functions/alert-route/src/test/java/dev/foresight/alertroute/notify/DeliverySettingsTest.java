package dev.foresight.alertroute.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The receivers' delivery settings: a bad value stops start-up naming the property. */
class DeliverySettingsTest {
    private static final Duration S = Duration.ofSeconds(1);

    @Test
    void theDefaultsMakeAPolicy() {
        DeliverySettings settings = DeliverySettings.of(4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(200),
                Duration.ofSeconds(10), Duration.ofSeconds(60), 20, 0.5, Duration.ofSeconds(30));
        assertEquals(4, settings.retry().maxAttempts());
        assertEquals(new DeliverySettings.Breaker(20, 0.5, Duration.ofSeconds(30)), settings.breaker());
    }

    @Test
    void badValuesNameTheirProperty() {
        assertEquals("foresight.alert-route.receivers.max-backoff \"PT0.1S\" must not be shorter than initial-backoff PT1S",
                assertThrows(IllegalArgumentException.class, () -> DeliverySettings.of(4, S, Duration.ofMillis(100), S, S, S, 20, 0.5, S))
                        .getMessage());
        assertEquals("foresight.alert-route.receivers.circuit-breaker.failure-ratio \"1.5\" must be above 0 and at most 1",
                assertThrows(IllegalArgumentException.class, () -> DeliverySettings.of(4, S, S, S, S, S, 20, 1.5, S)).getMessage());
        assertEquals("foresight.alert-route.receivers.timeout \"PT0S\" must be positive",
                assertThrows(IllegalArgumentException.class, () -> DeliverySettings.of(4, S, S, S, Duration.ZERO, S, 20, 0.5, S)).getMessage());
    }
}

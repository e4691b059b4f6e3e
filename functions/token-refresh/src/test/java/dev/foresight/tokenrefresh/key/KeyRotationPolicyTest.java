package dev.foresight.tokenrefresh.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foresight.tokenrefresh.key.KeyRotationPolicy.Decision;
import dev.foresight.tokenrefresh.key.KeyRotationPolicy.KeyAge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRotationPolicyTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration OVERLAP = Duration.ofMinutes(15);
    private static final KeyRotationPolicy POLICY = new KeyRotationPolicy(LEAD, OVERLAP, Duration.ofDays(30));

    private static final KeyAge OLD = new KeyAge("old", T0);
    private static final KeyAge NEW = new KeyAge("new", T0.plus(Duration.ofDays(30)));
    private static final Instant NEW_SIGNS = NEW.created().plus(LEAD);

    @Test
    void noKeyMeansARotationIsDue() {
        Decision decision = POLICY.decide(List.of(), T0);
        assertNull(decision.signing());
        assertTrue(decision.rotationDue());
    }

    @Test
    void theFirstKeySignsAtOnce() {
        Decision decision = POLICY.decide(List.of(OLD), T0);
        assertEquals("old", decision.signing());
        assertEquals(List.of("old"), decision.published());
        assertFalse(decision.rotationDue());
    }

    @Test
    void aNewKeyIsPublishedBeforeItSigns() {
        Decision decision = POLICY.decide(List.of(NEW, OLD), NEW_SIGNS.minusSeconds(1));
        assertEquals("old", decision.signing());
        assertEquals(List.of("old", "new"), decision.published());
    }

    @Test
    void afterTheLeadTheNewKeySignsAndTheOldStaysPublishedForTheOverlap() {
        Decision decision = POLICY.decide(List.of(OLD, NEW), NEW_SIGNS);
        assertEquals("new", decision.signing());
        assertEquals(List.of("old", "new"), decision.published());

        Decision lastMoment = POLICY.decide(List.of(OLD, NEW), NEW_SIGNS.plus(OVERLAP).minusSeconds(1));
        assertEquals(List.of("old", "new"), lastMoment.published());
    }

    @Test
    void theOldKeyRetiresWhenEveryTokenItSignedHasExpired() {
        Decision decision = POLICY.decide(List.of(OLD, NEW), NEW_SIGNS.plus(OVERLAP));
        assertEquals("new", decision.signing());
        assertEquals(List.of("new"), decision.published());
        assertEquals(List.of("old"), decision.retired());
    }

    @Test
    void aRotationIsDueWhenTheNewestKeyIsAsOldAsTheInterval() {
        assertFalse(POLICY.decide(List.of(OLD), NEW.created().minusSeconds(1)).rotationDue());
        assertTrue(POLICY.decide(List.of(OLD), NEW.created()).rotationDue());
        assertFalse(POLICY.decide(List.of(OLD, NEW), NEW.created()).rotationDue());
    }

    @Test
    void anOverlapShorterThanTheAccessTokenLifetimeIsRefused() {
        KeyRotationPolicy.requireOverlapCovers(Duration.ofMinutes(15), Duration.ofMinutes(15));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> KeyRotationPolicy.requireOverlapCovers(Duration.ofMinutes(5), Duration.ofMinutes(15)));
        assertEquals("foresight.token-refresh.key-overlap (PT5M) must be at least "
                + "foresight.token-refresh.access-token-ttl (PT15M)", refused.getMessage());
    }
}

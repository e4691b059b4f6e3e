package dev.foresight.alertroute.receiver.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumeTest {
    private static EventId id(String text) {
        return EventId.parse(text).orElseThrow();
    }

    private static final LogState LOG = new LogState(id("100-0"), id("40-0"), id("50-0"));

    @Test
    void withoutAnIdAStreamStartsAfterTheNewestEvent() {
        assertEquals(new Resume(id("100-0"), Optional.empty()), Resume.decide(Optional.empty(), LOG));
    }

    @Test
    void anIdStillCoveredByTheLogResumesRightAfterIt() {
        assertEquals(new Resume(id("60-0"), Optional.empty()), Resume.decide(Optional.of(id("60-0")), LOG));
        assertEquals(new Resume(id("40-0"), Optional.empty()), Resume.decide(Optional.of(id("40-0")), LOG),
                "the newest dropped entry is the client's own: nothing after it was lost");
        assertEquals(new Resume(id("100-0"), Optional.empty()), Resume.decide(Optional.of(id("100-0")), LOG));
    }

    @Test
    void anIdBeforeADroppedEntryIsAGap() {
        assertEquals(new Resume(id("39-5"), Optional.of(new Resume.Gap(id("39-5"), Resume.Gap.RETENTION))),
                Resume.decide(Optional.of(id("39-5")), LOG));
    }

    @Test
    void anIdTheLogNeverHandedOutMeansTheLogWasResetAndAllOfItIsReplayed() {
        assertEquals(new Resume(EventId.ZERO, Optional.of(new Resume.Gap(id("100-1"), Resume.Gap.UNKNOWN_ID))),
                Resume.decide(Optional.of(id("100-1")), LOG));
        assertEquals(new Resume(EventId.ZERO, Optional.of(new Resume.Gap(id("5-0"), Resume.Gap.UNKNOWN_ID))),
                Resume.decide(Optional.of(id("5-0")), LogState.EMPTY));
    }

    @Test
    void anEmptyLogAndNoIdStartsFromTheBeginning() {
        assertEquals(new Resume(EventId.ZERO, Optional.empty()), Resume.decide(Optional.empty(), LogState.EMPTY));
        assertEquals(new Resume(EventId.ZERO, Optional.empty()), Resume.decide(Optional.of(EventId.ZERO), LogState.EMPTY));
    }
}

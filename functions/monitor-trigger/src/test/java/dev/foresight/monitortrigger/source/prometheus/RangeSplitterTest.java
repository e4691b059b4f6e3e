package dev.foresight.monitortrigger.source.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeSplitterTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:42.500Z");

    @Test
    void aWindowEndsOnTheLastStepBoundaryAndStartsOnTheGrid() {
        List<RangeSplitter.Range> pieces = RangeSplitter.plan(NOW, Duration.ofMinutes(10), Duration.ofMinutes(1), null, 11_000);
        assertEquals(List.of(new RangeSplitter.Range(Instant.parse("2026-12-03T05:50:00Z"), Instant.parse("2026-12-03T06:00:00Z"), 11)),
                pieces);
    }

    @Test
    void aLongRangeIsSplitUnderTheLimitWithoutGapOrOverlap() {
        // one day at one-second resolution: 86 401 points
        List<RangeSplitter.Range> pieces = RangeSplitter.plan(NOW, Duration.ofDays(1), Duration.ofSeconds(1), null, 11_000);
        assertEquals(8, pieces.size());
        long total = 0;
        for (int i = 0; i < pieces.size(); i++) {
            RangeSplitter.Range p = pieces.get(i);
            assertTrue(p.points() <= 11_000, "piece " + i + " has " + p.points());
            assertEquals(p.points(), Duration.between(p.start(), p.end()).toSeconds() + 1);
            if (i > 0) {
                assertEquals(pieces.get(i - 1).end().plusSeconds(1), p.start());
            }
            total += p.points();
        }
        assertEquals(86_401, total);
        assertEquals(Instant.parse("2026-12-03T06:00:42Z"), pieces.get(pieces.size() - 1).end());
    }

    @Test
    void onlyWhatIsNewSinceTheLastStoredPointIsAsked() {
        Instant last = Instant.parse("2026-12-03T05:58:00Z");
        assertEquals(List.of(new RangeSplitter.Range(Instant.parse("2026-12-03T05:59:00Z"), Instant.parse("2026-12-03T06:00:00Z"), 2)),
                RangeSplitter.plan(NOW, Duration.ofHours(1), Duration.ofMinutes(1), last, 11_000));
    }

    @Test
    void nothingIsDueWhenTheLastStepIsStored() {
        assertEquals(List.of(), RangeSplitter.plan(NOW, Duration.ofHours(1), Duration.ofMinutes(1),
                Instant.parse("2026-12-03T06:00:00Z"), 11_000));
    }

    @Test
    void aLastPointOlderThanTheWindowIsCutToTheWindow() {
        List<RangeSplitter.Range> pieces = RangeSplitter.plan(NOW, Duration.ofMinutes(5), Duration.ofMinutes(1),
                Instant.parse("2026-11-01T00:00:00Z"), 11_000);
        assertEquals(Instant.parse("2026-12-03T05:55:00Z"), pieces.get(0).start());
    }

    @Test
    void onePointPerPieceIsAllowed() {
        assertEquals(3, RangeSplitter.plan(NOW, Duration.ofMinutes(2), Duration.ofMinutes(1), null, 1).size());
    }
}

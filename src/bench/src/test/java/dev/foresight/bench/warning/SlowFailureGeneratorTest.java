package dev.foresight.bench.warning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlowFailureGeneratorTest {

    @Test
    void theSameSeedGivesTheSameSeriesAndANewSeedNewOnes() {
        List<WarningSeries> a = SlowFailureGenerator.generate(7, 3, 2.0);
        List<WarningSeries> b = SlowFailureGenerator.generate(7, 3, 2.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.get(i).name(), b.get(i).name());
            assertArrayEquals(a.get(i).values(), b.get(i).values());
        }
        assertNotEquals(a.get(0).values().length, SlowFailureGenerator.generate(8, 1, 2.0).get(0).values().length);
    }

    @Test
    void eachSeriesEndsTwoHoursAfterItsFirstBreachOfTheHarnessCeiling() {
        for (WarningSeries s : SlowFailureGenerator.generate(3, 10, 2.0)) {
            double[] y = s.values();
            int start = s.windows()[0][0];
            assertEquals(y.length - 1, s.windows()[0][1], s.name());
            assertEquals(23, y.length - 1 - start, s.name());
            assertEquals(start, s.labels()[0]);
            assertEquals(750, s.referenceEnd(), "the harness uses the full 750-row reference: " + s.name());
            double ceiling = LimitBand.fromReference(s.reference(), 2.0).ceiling();
            assertTrue(y[start] > ceiling, s.name() + " window starts at a breach");
            assertTrue(start >= 5_000 && start < 6_000 + 8 * 288, s.name());
        }
    }
}

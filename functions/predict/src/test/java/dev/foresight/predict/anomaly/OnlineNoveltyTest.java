package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OnlineNoveltyTest {

    @Test
    void aNewShapeInTheSameRangeStandsOutFromARepeatedOne() {
        Random random = new Random(5);
        OnlineNovelty novelty = new OnlineNovelty(3, 12, 64, 500, 100, 0.1);
        double repeated = 0;
        double changed = 0;
        for (int i = 0; i < 3100; i++) {
            // A triangle wave for 3000 rows, then a square wave spanning the same values.
            double shape = i < 3000 ? Math.abs(i % 60 - 30) : ((i / 30) % 2 == 0 ? 0 : 30);
            double z = novelty.update(shape + 0.5 * random.nextGaussian());
            if (i >= 1000 && i < 3000) {
                repeated = Math.max(repeated, z);
            } else if (i >= 3000) {
                changed = Math.max(changed, z);
            }
        }
        assertTrue(changed > 2.5 && changed > repeated + 1, "changed " + changed + " vs repeated " + repeated);
    }

    @Test
    void aConstantStreamIsNeverNovel() {
        OnlineNovelty novelty = new OnlineNovelty(3, 12, 64, 500, 100, 0.1);
        for (int i = 0; i < 2000; i++) {
            assertTrue(novelty.update(7.0) == 0.0, "row " + i);
        }
    }
}

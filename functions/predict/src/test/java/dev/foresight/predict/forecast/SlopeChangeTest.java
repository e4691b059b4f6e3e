package dev.foresight.predict.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlopeChangeTest {

    @Test
    void aCreepAfterAFlatStretchIsFoundNearWhereItBegan() {
        Random random = new Random(1);
        double[] t = new double[144];
        double[] y = new double[144];
        for (int i = 0; i < 144; i++) {
            t[i] = i - 143;
            y[i] = 150 + (i >= 120 ? 9.7 * (i - 119) : 0) + random.nextGaussian() * 6;
        }
        int start = SlopeChange.start(t, y, 12);
        assertTrue(Math.abs(start - 120) <= 4, "knee at " + start);
    }

    @Test
    void aStraightLineWithNoiseHasNoKnee() {
        Random random = new Random(2);
        int misses = 0;
        for (int run = 0; run < 50; run++) {
            double[] t = new double[144];
            double[] y = new double[144];
            for (int i = 0; i < 144; i++) {
                t[i] = i - 143;
                y[i] = 100 + 0.3 * i + random.nextGaussian() * 5;
            }
            misses += SlopeChange.start(t, y, 12) > 0 ? 1 : 0;
        }
        assertTrue(misses <= 3, misses + " of 50 noisy lines got a knee");
    }

    /** About one AR(1) path in seven (rho 0.9) gets a knee once the criterion counts effective points. */
    @Test
    void autocorrelatedWanderIsRarelyTakenForAKnee() {
        Random random = new Random(3);
        int knees = 0;
        for (int run = 0; run < 200; run++) {
            double[] t = new double[144];
            double[] y = new double[144];
            double level = 0;
            for (int i = 0; i < 144; i++) {
                t[i] = i - 143;
                level = 0.9 * level + random.nextGaussian();
                y[i] = 50 + level;
            }
            knees += SlopeChange.start(t, y, 12) > 0 ? 1 : 0;
        }
        assertTrue(knees <= 50, knees + " of 200 AR(1) series got a knee");
    }

    @Test
    void tooShortASeriesHasNoKnee() {
        assertEquals(0, SlopeChange.start(new double[] {0, 1, 2, 3, 4}, new double[] {1, 1, 1, 5, 9}, 3));
    }
}

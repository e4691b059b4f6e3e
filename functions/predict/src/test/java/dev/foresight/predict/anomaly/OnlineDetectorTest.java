package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnlineDetectorTest {
    private static final long START = 1_700_000_000_000L;
    private static final long STEP = 300_000L;
    private static final int ROWS = 2000;

    /** Scores {@code rows} points of {@code series} with a fresh detector. */
    private static AnomalyScore[] run(int rows, IntToDoubleFunction series) {
        OnlineDetector detector = new OnlineDetector();
        AnomalyScore[] scores = new AnomalyScore[rows];
        for (int i = 0; i < rows; i++) {
            scores[i] = detector.update(START + i * STEP, series.applyAsDouble(i));
        }
        return scores;
    }

    private static double max(AnomalyScore[] scores, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, scores[i].score());
        }
        return max;
    }

    private static IntToDoubleFunction noisyDaily(long seed) {
        Random random = new Random(seed);
        double[] noise = random.doubles(ROWS).map(u -> u - 0.5).toArray();
        return i -> 50 + 10 * Math.sin(2 * Math.PI * i / 288.0) + 2 * noise[i];
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aNormalNoisyDailySeriesStaysLow(long seed) {
        AnomalyScore[] scores = run(ROWS, noisyDaily(seed));
        assertTrue(max(scores, 300, ROWS) < 0.6, "max score " + max(scores, 300, ROWS));
    }

    @Test
    void aSpikeIsDetectedAtOnceAndNamed() {
        IntToDoubleFunction base = noisyDaily(7);
        AnomalyScore[] scores = run(ROWS, i -> i == 1500 ? 200 : base.applyAsDouble(i));
        assertTrue(scores[1500].score() > 0.6, "score " + scores[1500].score());
        assertTrue(scores[1500].reason().startsWith("spike"), scores[1500].reason());
        assertTrue(max(scores, 300, 1490) < scores[1500].score());
    }

    @Test
    void aLevelShiftIsDetectedWithinAFewPoints() {
        IntToDoubleFunction base = noisyDaily(11);
        AnomalyScore[] scores = run(ROWS, i -> base.applyAsDouble(i) + (i >= 1500 ? 15 : 0));
        double during = max(scores, 1500, 1520);
        assertTrue(during > 0.6, "score after the shift " + during);
        assertTrue(max(scores, 300, 1500) < during);
    }

    @Test
    void aDownwardShiftIsExplainedAsBelow() {
        IntToDoubleFunction base = noisyDaily(5);
        AnomalyScore[] scores = run(ROWS, i -> base.applyAsDouble(i) - (i >= 1500 ? 30 : 0));
        AnomalyScore first = java.util.Arrays.stream(scores, 1500, 1520)
                .filter(s -> s.score() > 0.6).findFirst().orElseThrow();
        assertTrue(first.reason().contains("below"), first.reason());
    }

    @Test
    void aStuckSensorIsReportedAsFlatLine() {
        IntToDoubleFunction base = noisyDaily(13);
        AnomalyScore[] scores = run(ROWS, i -> i >= 1500 ? 50.0 : base.applyAsDouble(i));
        boolean named = java.util.Arrays.stream(scores, 1500, ROWS)
                .anyMatch(s -> s.reason().contains("flat-line"));
        assertTrue(named, "no flat-line reason after the sensor stuck");
    }

    @Test
    void aStuckSensorIsAConfidentDetectionReportedOnce() {
        IntToDoubleFunction base = noisyDaily(13);
        AnomalyScore[] scores = run(ROWS, i -> i >= 1500 ? 50.0 : base.applyAsDouble(i));
        long detections = java.util.Arrays.stream(scores, 1500, ROWS).filter(s -> s.score() >= 0.5).count();
        assertTrue(max(scores, 1500, ROWS) >= 0.5, "flat-line score " + max(scores, 1500, ROWS));
        assertEquals(1, detections, "one stuck period is one alert");
    }

    @Test
    void aLargerAnomalyAfterACalmSpellEndsTheQuietPeriod() {
        IntToDoubleFunction base = noisyDaily(19);
        AnomalyScore[] scores = run(ROWS, i -> i == 1500 ? 75 : i == 1540 ? 400 : base.applyAsDouble(i));
        assertTrue(scores[1500].score() > 0.5, "first spike " + scores[1500].score());
        assertTrue(scores[1540].score() > scores[1500].score(), "larger spike " + scores[1540].score());
        assertTrue(max(scores, 1501, 1540) == 0.0, "echoes of the first spike stay quiet");
    }

    @Test
    void aProfileThatStartsPredictingAfterAWeekRaisesNoAlarm() {
        // 5-minute rows: the weekly profile starts predicting after 2 016 rows.
        Random random = new Random(23);
        int rows = 3000;
        double[] noise = random.doubles(rows).map(u -> u - 0.5).toArray();
        AnomalyScore[] scores = run(rows, i -> 50 + 10 * Math.sin(2 * Math.PI * i / 288.0) + 2 * noise[i]);
        assertTrue(max(scores, 1900, rows) < 0.38, "max score around the weekly start " + max(scores, 1900, rows));
    }

    @Test
    void aWeekdayThatBehavesLikeASundayIsFlaggedByTheWeeklyProfile() {
        // Hourly, busy weekdays and quiet weekends; in the seventh week a Wednesday is quiet too.
        long monday = 1_699_833_600_000L;
        long hour = 3_600_000L;
        int holiday = 24 * (7 * 6 + 2);
        Random random = new Random(5);
        OnlineDetector detector = new OnlineDetector();
        double normal = 0;
        double flagged = 0;
        for (int i = 0; i < 24 * 7 * 8; i++) {
            boolean quiet = (i / 24) % 7 >= 5 || (i >= holiday && i < holiday + 24);
            double value = (quiet ? 20 : 100) * (1 + 0.5 * Math.sin(2 * Math.PI * (i % 24 - 6) / 24))
                    + 3 * random.nextGaussian();
            double score = detector.update(monday + i * hour, value).score();
            if (i >= holiday && i < holiday + 24) {
                flagged = Math.max(flagged, score);
            } else if (i > 24 * 7 * 3) {
                normal = Math.max(normal, score);
            }
        }
        assertTrue(normal < 0.3, "max score on ordinary days " + normal);
        assertTrue(flagged > normal + 0.1, "holiday " + flagged + " vs ordinary days " + normal);
    }

    @Test
    void scoresDependOnlyOnThePast() {
        IntToDoubleFunction base = noisyDaily(17);
        AnomalyScore[] prefix = run(1000, base);
        AnomalyScore[] longer = run(ROWS, i -> i >= 1000 ? 1e6 : base.applyAsDouble(i));
        for (int i = 0; i < 1000; i++) {
            assertEquals(prefix[i], longer[i], "row " + i);
        }
    }

    @Test
    void everyScoreIsInTheUnitInterval() {
        Random random = new Random(3);
        AnomalyScore[] scores = run(ROWS, i -> random.nextDouble() < 0.01 ? 1e9 * random.nextGaussian() : i % 7);
        for (AnomalyScore s : scores) {
            assertTrue(s.score() >= 0 && s.score() <= 1, "score " + s.score());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteValuesAreRejected(double value) {
        OnlineDetector detector = new OnlineDetector();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> detector.update(START, value));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void invalidConfigurationIsRefusedWithTheFieldName() {
        OnlineDetectorConfig d = OnlineDetectorConfig.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OnlineDetectorConfig(
                d.warmupRows(), d.errorAlpha(), d.profileAlpha(), d.rawHalf(), 0, d.likelihoodLong(),
                d.likelihoodMinStd(), d.shiftRecent(), d.shiftReference(), d.shiftGain(), d.spatialTolerance(),
                d.flatSurprise(), d.detectionSurprise(), d.refractoryRows(),
                d.refractoryFraction(), d.calmRows(), d.escalationMargin(), d.weekly(), d.weeklyMargin(), d.noveltyCellRows(),
                d.noveltyCells(), d.noveltyMemory(), d.noveltyGain()));
        assertTrue(e.getMessage().contains("likelihoodShort"), e.getMessage());
    }

    @Test
    void theAlertLevelIsTheDetectionSurpriseOnTheFixedScoreScale() {
        // Score = surprise / (surprise + 5): a one-in-10^3.0645 event is the documented 0.38.
        assertEquals(0.38, OnlineDetectorConfig.defaults().detectionScore(), 1e-5);
        assertEquals(0.5, OnlineDetectorConfig.score(OnlineDetectorConfig.HALF_SURPRISE), 1e-12);
    }
}

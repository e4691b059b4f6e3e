package dev.foresight.bench.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NAB scoring rules on small made-up files: 100 rows (15 in probation), one window at rows 50..59. */
class NabScorerTest {
    private static final int ROWS = 100;
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 1, 0, 0);

    private static String time(int row) {
        return T0.plusMinutes(5L * row).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private static NabLabelledFile file(int... windowRows) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            times.add(time(i));
        }
        List<String[]> windows = new ArrayList<>();
        for (int k = 0; k < windowRows.length; k += 2) {
            windows.add(new String[] {time(windowRows[k]) + ".000000", time(windowRows[k + 1]) + ".000000"});
        }
        return new NabLabelledFile("made/up.csv", times, windows);
    }

    private static double[] detectionsAt(int... rows) {
        double[] s = new double[ROWS];
        for (int r : rows) {
            s[r] = 1.0;
        }
        return s;
    }

    private static NabScorer.Result score(NabLabelledFile f, double[] scores, NabProfile p) {
        return NabScorer.score(List.of(f), List.of(scores), p);
    }

    @Test
    void probationIsFifteenPercentOfTheRows() {
        assertEquals(15, file(50, 59).probation());
    }

    @Test
    void aDetectionAtTheWindowStartIsWorthTheFullReward() {
        NabScorer.Result r = score(file(50, 59), detectionsAt(50), NabProfile.STANDARD);
        assertEquals(100.0, r.score(), 1e-9);
        assertEquals(1.0, r.raw(), 1e-9);
    }

    @ParameterizedTest(name = "row {0} beats row {1}")
    @CsvSource({"50, 55", "55, 59", "51, 52"})
    void earlierDetectionsInAWindowScoreMore(int earlier, int later) {
        NabLabelledFile f = file(50, 59);
        double a = NabScorer.scoreAt(List.of(f), List.of(detectionsAt(earlier)), NabProfile.STANDARD, 0.5).raw();
        double b = NabScorer.scoreAt(List.of(f), List.of(detectionsAt(later)), NabProfile.STANDARD, 0.5).raw();
        assertTrue(a > b, a + " vs " + b);
        assertTrue(b > 0);
    }

    @Test
    void extraDetectionsInAWindowAddNothing() {
        NabLabelledFile f = file(50, 59);
        double one = NabScorer.scoreAt(List.of(f), List.of(detectionsAt(52)), NabProfile.STANDARD, 0.5).raw();
        double many = NabScorer.scoreAt(List.of(f), List.of(detectionsAt(52, 53, 58)), NabProfile.STANDARD, 0.5).raw();
        assertEquals(one, many, 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"standard, 0.11, 1", "reward_low_FP_rate, 0.22, 1", "reward_low_FN_rate, 0.11, 2"})
    void aFarFalsePositiveCostsTheProfileWeightAndAMissCostsTheMissWeight(String name, double fp, double fn) {
        NabProfile p = NabProfile.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        NabScorer.Result r = NabScorer.scoreAt(List.of(file(50, 59)), List.of(detectionsAt(20)), p, 0.5);
        assertEquals(-fp - fn, r.raw(), 1e-9);
        assertEquals(1, r.fp());
        assertEquals(-fn, r.nullRaw(), 1e-12);
    }

    @Test
    void aFalsePositiveJustAfterAWindowCostsLittle() {
        NabLabelledFile f = file(50, 59);
        // One row after a 10-row window: sigmoid of 1/9 of a window width.
        assertEquals(2.0 / (1.0 + Math.exp(5.0 / 9.0)) - 1.0, f.value(60), 1e-12);
        assertTrue(f.value(60) > f.value(65) && f.value(65) > -1.0);
        assertEquals(-1.0, f.value(99), 1e-12);
        assertEquals(-1.0, f.value(20), 1e-12);
    }

    @Test
    void detectingNothingScoresZeroAndTheThresholdIsNone() {
        NabScorer.Result r = score(file(50, 59), new double[ROWS], NabProfile.STANDARD);
        assertEquals(0.0, r.score(), 1e-12);
        assertTrue(Double.isNaN(r.threshold()));
    }

    @Test
    void theThresholdIsChosenToMaximiseTheTotal() {
        double[] s = new double[ROWS];
        s[53] = 0.9;
        s[20] = 0.8;
        s[30] = 0.7;
        NabScorer.Result r = score(file(50, 59), s, NabProfile.STANDARD);
        assertEquals(0.9, r.threshold(), 1e-12);
        assertEquals(0, r.fp());
    }

    @Test
    void detectionsDuringProbationAreIgnored() {
        NabScorer.Result r = NabScorer.scoreAt(List.of(file(50, 59)), List.of(detectionsAt(3)),
                NabProfile.STANDARD, 0.5);
        assertEquals(0, r.fp());
        assertEquals(-1.0, r.raw(), 1e-12);
    }

    @Test
    void aWindowInsideProbationIsNotScoredButCountsForThePerfectScore() {
        NabScorer.Result r = score(file(2, 8, 50, 59), detectionsAt(50), NabProfile.STANDARD);
        assertEquals(-1.0, r.nullRaw(), 1e-12);
        assertEquals(2.0, r.perfectRaw(), 1e-12);
        assertEquals(100.0 * (1.0 + 1.0) / (2.0 + 1.0), r.score(), 1e-9);
    }

    @Test
    void overlappingOrUnknownWindowsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> file(50, 59, 55, 70));
        List<String> times = List.of(time(0), time(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NabLabelledFile(
                "x.csv", times, List.<String[]>of(new String[] {time(0), time(5)})));
        assertTrue(e.getMessage().contains("not in the data file"), e.getMessage());
    }

    @Test
    void scoresMustCoverEveryRow() {
        assertThrows(IllegalArgumentException.class,
                () -> NabScorer.score(List.of(file(50, 59)), List.of(new double[3]), NabProfile.STANDARD));
    }
}

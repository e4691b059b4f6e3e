package dev.foresight.predict.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MedianMadScorerTest {
    private final AnomalyScorer scorer = new MedianMadScorer(1, 8, 1.0);

    /** 100 points around 120 with MAD close to 10 (uniform noise in [-20, 20]), then the latest value. */
    static double[] historyEndingWith(double latest) {
        Random random = new Random(42);
        double[] y = new double[101];
        for (int i = 0; i < 100; i++) {
            y[i] = 120 + (random.nextDouble() * 40 - 20);
        }
        y[100] = latest;
        return y;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("value at the median", historyEndingWith(120), 0.0, 0.05, "above"),
                Arguments.of("ordinary noise", historyEndingWith(135), 0.0, 0.2, "above"),
                Arguments.of("far spike", historyEndingWith(400), 0.99, 1.0, "above"),
                Arguments.of("deep dip", historyEndingWith(-200), 0.99, 1.0, "below"));
    }

    @ParameterizedTest(name = "{0}: score in [{2}, {3}]")
    @MethodSource("cases")
    void scoresTheLatestPoint(String name, double[] history, double min, double max, String direction) {
        AnomalyScore score = scorer.score(history);
        assertTrue(score.score() >= min && score.score() <= max, name + " scored " + score);
        assertTrue(score.reason().contains(direction + " its median"), score.reason());
    }

    @Test
    void halfAtTheIglewiczHoaglinCutOff() {
        // flat history: MAD is the floor (1.0), so 3.5 / 0.6745 MADs is exactly the modified z-score cut-off
        double[] y = new double[20];
        Arrays.fill(y, 100);
        y[19] = 100 + 3.5 / MedianMadScorer.CONSISTENCY;
        assertEquals(0.5, scorer.score(y).score(), 1e-9);
    }

    @Test
    void reasonGivesTheDistanceInMadsAndTheNumbers() {
        double[] y = new double[20];
        for (int i = 0; i < 19; i++) {
            y[i] = i % 2 == 0 ? 110 : 130; // median 110, MAD 0: the floor of 1 applies
        }
        y[19] = 115;
        assertEquals("5.0 MADs above its median (115 vs 110)", scorer.score(y).reason());
    }

    @Test
    void missingPointsAreIgnoredNotTreatedAsZero() {
        double[] y = historyEndingWith(125);
        y[50] = Double.NaN;
        y[99] = Double.NaN;
        assertTrue(scorer.score(y).score() < 0.2);
    }

    @Test
    void judgesTheWorstOfTheRecentPoints() {
        double[] y = historyEndingWith(120);
        y[98] = 500;
        assertTrue(new MedianMadScorer(3, 8, 1.0).score(y).score() > 0.99);
        assertTrue(new MedianMadScorer(1, 8, 1.0).score(y).score() < 0.05);
    }

    @Test
    void tooShortAHistoryIsNotAnomalous() {
        AnomalyScore score = scorer.score(new double[] {1, 2, 3, 1000});
        assertEquals(0.0, score.score());
        assertTrue(score.reason().startsWith("not enough history"));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new MedianMadScorer(0, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new MedianMadScorer(1, 8, 0));
    }
}

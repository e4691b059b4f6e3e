package dev.foresight.predict.anomaly;

/**
 * Settings of {@link OnlineDetector}; {@link #defaults()} is the one configuration used for every
 * stream. Window sizes are in rows, so memory per stream is fixed whatever the stream's length.
 *
 * @param warmupRows        rows learned from before any score is emitted
 * @param errorAlpha        smoothing of each predictor's typical absolute error
 * @param profileAlpha      smoothing of the time-of-day profile
 * @param rawHalf           scaled error at which the raw anomaly reaches 0.5
 * @param likelihoodShort   rows averaged for the anomaly likelihood
 * @param likelihoodLong    rows of history the likelihood compares against
 * @param likelihoodMinStd  floor of that history's standard deviation
 * @param shiftRecent       rows whose mean is tested for a level shift
 * @param shiftReference    rows before them that define the usual level
 * @param shiftGain         weight of a level shift's z against the likelihood's z
 * @param spatialTolerance  fraction of the seen range a value may exceed it by before it is novel
 * @param flatSurprise      surprise of a constant run longer than any seen before
 * @param detectionSurprise surprise ({@code -log10} tail probability) at which a detection starts
 *                          a refractory period (3 = a one-in-a-thousand event); this is the
 *                          detector's alert level, {@link #detectionScore()} on the score scale
 * @param refractoryRows    rows after a detection during which scores are suppressed
 * @param refractoryFraction quiet period as a fraction of the rows seen, when that is longer
 * @param calmRows          rows below the detection score after which a quiet period may end early
 * @param escalationMargin  how much a score must exceed the last detection's to end it early
 * @param weekly            whether a weekly profile is learned beside the daily one
 * @param weeklyMargin      the weekly profile is judged instead of the daily one when its typical
 *                          error is below this fraction of the daily one's
 * @param noveltyCellRows   rows averaged into one cell of the window-novelty shape
 * @param noveltyCells      cells in that shape
 * @param noveltyMemory     prototype shapes remembered
 * @param noveltyGain       weight of the novelty's z against the likelihood's z (0 turns it off)
 */
public record OnlineDetectorConfig(
        int warmupRows,
        double errorAlpha,
        double profileAlpha,
        double rawHalf,
        int likelihoodShort,
        int likelihoodLong,
        double likelihoodMinStd,
        int shiftRecent,
        int shiftReference,
        double shiftGain,
        double spatialTolerance,
        double flatSurprise,
        double detectionSurprise,
        int refractoryRows,
        double refractoryFraction,
        int calmRows,
        double escalationMargin,
        boolean weekly,
        double weeklyMargin,
        int noveltyCellRows,
        int noveltyCells,
        int noveltyMemory,
        double noveltyGain) {

    public OnlineDetectorConfig {
        positive("warmupRows", warmupRows);
        positive("likelihoodShort", likelihoodShort);
        positive("likelihoodLong", likelihoodLong);
        positive("shiftRecent", shiftRecent);
        positive("shiftReference", shiftReference);
        positive("noveltyCellRows", noveltyCellRows);
        positive("noveltyCells", noveltyCells);
        positive("noveltyMemory", noveltyMemory);
        if (!(weeklyMargin > 0) || !(noveltyGain >= 0)) {
            throw new IllegalArgumentException("weeklyMargin must be positive and noveltyGain not negative");
        }
        if (!(errorAlpha > 0 && errorAlpha <= 1) || !(profileAlpha > 0 && profileAlpha <= 1)) {
            throw new IllegalArgumentException("errorAlpha and profileAlpha must be in (0, 1]");
        }
        if (!(detectionSurprise > 0) || !(rawHalf > 0)) {
            throw new IllegalArgumentException("detectionSurprise and rawHalf must be positive");
        }
        if (calmRows < 0 || !(escalationMargin >= 0)) {
            throw new IllegalArgumentException("calmRows and escalationMargin must not be negative");
        }
        if (refractoryRows < 0) {
            throw new IllegalArgumentException("refractoryRows must not be negative, got " + refractoryRows);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    /**
     * Surprise shown as score 0.5. A fixed display scale, not a setting: decisions are taken on
     * the surprise, and the score only orders rows for whoever applies a threshold.
     */
    public static final double HALF_SURPRISE = 5.0;

    /** The score in [0, 1) that shows a surprise ({@code -log10} tail probability). */
    public static double score(double surprise) {
        return surprise / (surprise + HALF_SURPRISE);
    }

    /** The score of {@link #detectionSurprise}: the alert level of this detector. */
    public double detectionScore() {
        return score(detectionSurprise);
    }

    public static OnlineDetectorConfig defaults() {
        return new OnlineDetectorConfig(150, 0.008, 0.2, 2.0, 30, 1500, 0.04,
                12, 300, 0.5, 0.02, 6.0, 3.0645, 100, 0.02, 20, 0.05, true,
                0.8, 3, 12, 64, 0.55);
    }
}

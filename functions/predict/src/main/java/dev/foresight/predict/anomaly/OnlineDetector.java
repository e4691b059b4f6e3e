package dev.foresight.predict.anomaly;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
/**
 * Online anomaly detector for one metric stream: each call scores the newest point using only
 * the points before it, in constant time and memory. It is an ensemble of
 * <ul>
 *   <li>an HTM-style anomaly likelihood over the errors of last-value, daily-profile and
 *       weekly-profile predictors (of each profile pair, the better-fitting one is judged; a
 *       profile is judged only once it has been predicting for a while),</li>
 *   <li>window novelty: the recent shape against a bounded memory of remembered shapes,</li>
 *   <li>a level-shift test of the recent mean against a reference window,</li>
 *   <li>spatial novelty (a value beyond everything seen so far, as Numenta's detector does),</li>
 *   <li>a flat-line test (a constant run outgrowing every earlier one: a stuck metric is an
 *       operations failure in its own right, so it is reported confidently, once per run),</li>
 * </ul>
 * fused as the strongest surprise, followed by a refractory period: after a detection the
 * detector stays quiet for a while, because one episode deserves one alert, unless a larger
 * anomaly follows a calm spell.
 */
public final class OnlineDetector {
    private static final double REPORTED = 0.5;
    /** Surprise of a value just beyond the seen range (a spike), growing with how far beyond. */
    private static final double SPATIAL_SURPRISE = 10.0;
    /** Novelty distances remembered (in cells) and how far a matched prototype moves toward a window. */
    private static final int NOVELTY_HISTORY = 500;
    private static final double NOVELTY_LEARN_RATE = 0.1;
    private final OnlineDetectorConfig config;
    private final double detectionScore;
    private final OnlineSeasonalModel model;
    private final OnlineLikelihood[] likelihoods = new OnlineLikelihood[OnlineSeasonalModel.PREDICTORS];
    private final OnlineLevelShift shift;
    private final OnlineNovelty novelty;
    private final EnsembleVerdict verdict = new EnsembleVerdict();

    private double detected;
    private int calm;
    private long rows;
    private long quietUntil;
    private double unsuppressed;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long lastMillis = Long.MIN_VALUE;

    public OnlineDetector() {
        this(OnlineDetectorConfig.defaults());
    }

    public OnlineDetector(OnlineDetectorConfig config) {
        this.config = config;
        this.detectionScore = config.detectionScore();
        this.model = new OnlineSeasonalModel(config.errorAlpha(), config.profileAlpha(), 0.001,
                config.weekly() ? config.weeklyMargin() : 0.0);
        for (int k = 0; k < likelihoods.length; k++) {
            // Profiles start predicting late (a weekly one after a week), so their likelihoods
            // wait for half a long window of their own errors: a short history underrates the spread.
            int minHistory = k == OnlineSeasonalModel.LAST
                    ? Math.min(config.likelihoodLong(), config.warmupRows()) : config.likelihoodLong() / 2;
            likelihoods[k] = new OnlineLikelihood(config.likelihoodShort(), config.likelihoodLong(),
                    minHistory, config.likelihoodMinStd());
        }
        this.novelty = new OnlineNovelty(config.noveltyCellRows(), config.noveltyCells(),
                config.noveltyMemory(), NOVELTY_HISTORY,
                Math.min(NOVELTY_HISTORY, config.warmupRows() / config.noveltyCellRows()), NOVELTY_LEARN_RATE);
        this.shift = new OnlineLevelShift(config.shiftRecent(), config.shiftReference(),
                Math.min(config.shiftReference(), config.warmupRows()), 0.001);
    }

    /** Scores the point; throws {@link IllegalArgumentException} for NaN or infinite values. */
    public AnomalyScore update(long epochMillis, double value) {
        double score = score(epochMillis, value);
        if (score == 0.0 && unsuppressed >= REPORTED) {
            return new AnomalyScore(0.0, "already reported: " + verdict.reason(unsuppressed));
        }
        return score == 0.0 ? AnomalyScore.NORMAL : new AnomalyScore(score, verdict.reason(score));
    }

    /** As {@link #update} without the explanation: the allocation-free path for bulk scoring. */
    public double score(long epochMillis, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, got " + value);
        }
        rows++;
        lastMillis = epochMillis;
        double range = max - min;
        double spatial = 0.0;
        if (rows > config.warmupRows() && range > 0) {
            double tolerance = config.spatialTolerance() * range;
            if (value > max + tolerance) {
                spatial = (value - max) / range;
            } else if (value < min - tolerance) {
                spatial = (value - min) / range;
            }
        }
        min = Math.min(min, value);
        max = Math.max(max, value);

        model.update(epochMillis, value);
        double zLikelihood = 0.0;
        int predictor = 0;
        for (int k = 0; k < likelihoods.length; k++) {
            if (!model.active(k)) {
                // Its likelihood history holds real errors only, not the zeros of its silent start.
                continue;
            }
            double e = model.scaledError(k);
            likelihoods[k].update(e / (e + config.rawHalf()));
            double z = likelihoods[k].lastZ();
            if (z > zLikelihood && model.preferred(k)) {
                zLikelihood = z;
                predictor = k;
            }
        }
        double noveltyZ = config.noveltyGain() * novelty.update(value);
        double shiftZ = shift.update(value);
        double flat = shift.flatExcess();
        if (rows <= config.warmupRows()) {
            return 0.0;
        }
        double zShift = config.shiftGain() * Math.abs(shiftZ);
        double surprise;
        if (zShift > zLikelihood) {
            surprise = OnlineTail.surprise(zShift);
            verdict.levelShift(shiftZ);
        } else {
            surprise = OnlineTail.surprise(zLikelihood);
            verdict.predictionError(model.deviation(predictor), predictor != OnlineSeasonalModel.LAST);
        }
        if (noveltyZ > Math.max(zShift, zLikelihood)) {
            surprise = OnlineTail.surprise(noveltyZ);
            verdict.novelShape(noveltyZ);
        }
        if (spatial != 0.0) {
            double s = SPATIAL_SURPRISE * (1.0 + Math.abs(spatial));
            if (s > surprise) {
                surprise = s;
                verdict.spike(spatial);
            }
        }
        if (flat > 0) {
            // A stuck stream also moves the mean; the flat-line is the better explanation.
            surprise = Math.max(surprise, config.flatSurprise());
            verdict.flatLine(shift.flatRows());
        }
        double score = OnlineDetectorConfig.score(surprise);
        return refractory(score, flat > 0 && shift.flatOnset());
    }

    private double refractory(double score, boolean stuck) {
        unsuppressed = score;
        // After a calm spell (or when the stream gets stuck), a larger anomaly than the one
        // reported ends the quiet period early: it is a new episode, not an echo of the last one.
        boolean escalates = (stuck || calm >= config.calmRows()) && score > detected + config.escalationMargin();
        calm = score < detectionScore ? calm + 1 : 0;
        if (rows < quietUntil && !escalates) {
            return 0.0;
        }
        if (score >= detectionScore) {
            // Longer streams have longer anomaly episodes, so the quiet period grows with history.
            quietUntil = rows + Math.max(config.refractoryRows(), (long) (config.refractoryFraction() * rows));
            detected = score;
        }
        return score;
    }

    /** When the last point was scored (epoch ms), or {@code Long.MIN_VALUE} before the first. */
    public long lastMillis() {
        return lastMillis;
    }

    /** Points scored so far. */
    public long points() {
        return rows;
    }

    OnlineDetectorConfig config() {
        return config;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(lastMillis);
        out.writeLong(rows);
        out.writeDouble(detected);
        out.writeInt(calm);
        out.writeLong(quietUntil);
        out.writeDouble(unsuppressed);
        out.writeDouble(min);
        out.writeDouble(max);
        model.write(out);
        for (OnlineLikelihood l : likelihoods) {
            l.write(out);
        }
        shift.write(out);
        novelty.write(out);
        verdict.write(out);
    }

    void read(DataInput in) throws IOException {
        lastMillis = in.readLong();
        rows = in.readLong();
        detected = in.readDouble();
        calm = in.readInt();
        quietUntil = in.readLong();
        unsuppressed = in.readDouble();
        min = in.readDouble();
        max = in.readDouble();
        model.read(in);
        for (OnlineLikelihood l : likelihoods) {
            l.read(in);
        }
        shift.read(in);
        novelty.read(in);
        verdict.read(in);
    }
}

package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic slow failures, the kind a forecast should warn about and NAB's known-cause
 * files barely contain (theirs are spikes and steps). Each series, drawn from one
 * {@link Random} seeded with {@code seed}, is 5-minute data:
 * <ul>
 *   <li>a level in [20, 80], Gaussian noise of 2–8 % of the level, and a daily cycle of 0–4 noise
 *       standard deviations (random phase);</li>
 *   <li>from a random row in [5 000, 6 000) (17–21 days in, so the harness's reference period is
 *       its full 750 rows and the limits below are the harness's own), a drift that takes the
 *       cycle's peak to the ceiling in 6–48 hours: linear (a leak, a filling disk) or quadratic
 *       (saturation), even odds;</li>
 *   <li>the ceiling is the one the harness sets ({@link LimitBand}, from the first 750 rows, same
 *       {@code k}), and the drift brings the cycle's peak to it in those 6–48 hours; the failure is
 *       the breach, the first observed value above the ceiling once the drift has begun; the
 *       labelled window runs from there for 2 hours and the series ends with it, as NAB's
 *       failure files do.</li>
 * </ul>
 * Same seed, same series: the figures are reproducible, and a new seed is a fresh test set.
 */
public final class SlowFailureGenerator {
    static final long STEP_MILLIS = 300_000;
    private static final int DAY = 288;
    private static final int FIRST_START = 5_000;
    private static final int WINDOW_ROWS = 24;
    private static final long T0 = 1_388_534_400_000L; // 2014-01-01T00:00Z

    private SlowFailureGenerator() {
    }

    public static List<WarningSeries> generate(long seed, int count, double k) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        Random random = new Random(seed);
        List<WarningSeries> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            out.add(one(random, s, k));
        }
        return out;
    }

    private static WarningSeries one(Random random, int index, double k) {
        double level = 20 + 60 * random.nextDouble();
        double sigma = level * (0.02 + 0.06 * random.nextDouble());
        double amplitude = sigma * 4 * random.nextDouble();
        double phase = 2 * Math.PI * random.nextDouble();
        int start = FIRST_START + random.nextInt(1_000);
        double hoursToLimit = 6 + 42 * random.nextDouble();
        boolean quadratic = random.nextBoolean();
        double[] clean = new double[FIRST_START + 1_000 + 8 * DAY];
        double[] noise = new double[clean.length];
        for (int i = 0; i < clean.length; i++) {
            clean[i] = level + amplitude * Math.sin(2 * Math.PI * i / DAY + phase);
            noise[i] = sigma * random.nextGaussian();
        }
        double[] reference = new double[WarningSeries.PROBATION_MAX_ROWS];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = clean[i] + noise[i];
        }
        double ceiling = LimitBand.fromReference(reference, k).ceiling();
        // The drift closes the gap from the cycle's peak to the ceiling in hoursToLimit.
        double gap = ceiling - (level + amplitude);
        double rows2limit = hoursToLimit * 12;
        int cross = -1;
        for (int i = start; i < clean.length && cross < 0; i++) {
            double t = (i - start) / rows2limit;
            clean[i] += gap * (quadratic ? t * t : t);
            if (clean[i] + noise[i] > ceiling) {
                cross = i;
            }
        }
        if (cross < 0) {
            throw new IllegalStateException("series " + index + " never reached its ceiling");
        }
        int end = Math.min(clean.length, cross + WINDOW_ROWS);
        long[] times = new long[end];
        double[] values = new double[end];
        for (int i = 0; i < end; i++) {
            times[i] = T0 + i * STEP_MILLIS;
            values[i] = clean[i] + noise[i];
        }
        String name = String.format(Locale.ROOT, "synthetic/slow_%02d_%s_%.0fh.csv", index,
                quadratic ? "quadratic" : "linear", hoursToLimit);
        return WarningSeries.of(name, times, values, new long[][] {{times[cross], times[end - 1]}},
                new long[] {times[cross]});
    }
}

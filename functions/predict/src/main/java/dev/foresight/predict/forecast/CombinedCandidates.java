package dev.foresight.predict.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of the combination that a series of a given length can support. Periods the
 * history cannot hold twice are dropped; with no usable period the members are non-seasonal.
 * Each call builds fresh members: those with smoothing weights search them on their first
 * forecast and reuse them afterwards (a warm start across holdout origins).
 */
final class CombinedCandidates {

    /** Recency decay of the shortest cycle's profile: the last few cycles dominate. */
    private static final double SHORT_DECAY = 0.3;
    /** Two memories for longer cycles: a quick and a slow one. */
    private static final double[] LONG_DECAYS = {0.5, 0.8};

    private CombinedCandidates() {
    }

    /** Periods (ascending, distinct, &gt; 1) that fit at least twice into {@code n} points. */
    static int[] usablePeriods(int[] periods, int n) {
        return java.util.Arrays.stream(periods).filter(p -> p > 1 && 2 * p <= n).sorted().distinct().toArray();
    }

    static List<CombinedModel> forLength(int[] periods, int n) {
        int[] usable = usablePeriods(periods, n);
        List<CombinedModel> models = new ArrayList<>();
        if (usable.length == 0) {
            models.add((x, h) -> levelForecast(EtsModel.fitLevel(x, 0), h));
            models.add((x, h) -> levelForecast(EtsModel.fitDamped(x, 0), h));
            models.add((x, h) -> levelForecast(EtsModel.run(x, x.length - 1, 1, 0, 1), h));
            return models;
        }
        for (int k = 0; k < usable.length; k++) {
            int p = usable[k];
            if (k == 0) {
                models.add(decomposed(p, SHORT_DECAY));
            } else {
                for (double decay : LONG_DECAYS) {
                    models.add(decomposed(p, decay));
                }
                models.add(SeasonalNaiveModels.weightedMean(p, 4, 0.6));
            }
            models.add(SeasonalNaiveModels.last(p));
        }
        if (usable.length >= 2) {
            int sp = usable[0];
            int lp = usable[usable.length - 1];
            if (lp % sp == 0 && n > lp + sp) {
                models.add(SeasonalNaiveModels.doubleSeasonal(sp, lp));
            }
            if (lp % sp == 0 && n >= SeasonalDoubleHoltWinters.minLength(lp)) {
                models.add(SeasonalDoubleHoltWinters.of(sp, lp));
            }
        }
        return models;
    }

    /**
     * Seasonal profile of one period plus simple exponential smoothing of the adjusted series;
     * the smoothing weight is searched on the first call and reused on later ones.
     */
    private static CombinedModel decomposed(int period, double decay) {
        double[] alpha = {Double.NaN};
        return (x, h) -> {
            int n = x.length;
            MstlDecomposition d = MstlDecomposition.of(x, new int[] {period}, new double[] {decay}, 1);
            int from = Math.max(0, n - 30 * Math.min(period, 24));
            EtsModel level = Double.isNaN(alpha[0])
                    ? EtsModel.fitLevel(d.adjusted(), from) : EtsModel.run(d.adjusted(), from, alpha[0], 0, 1);
            alpha[0] = level.alpha;
            double[] f = new double[h];
            for (int i = 0; i < h; i++) {
                f[i] = level.forecast(i + 1) + d.seasonal(n + i);
            }
            return f;
        };
    }

    private static double[] levelForecast(EtsModel m, int h) {
        double[] f = new double[h];
        for (int i = 0; i < h; i++) {
            f[i] = m.forecast(i + 1);
        }
        return f;
    }
}

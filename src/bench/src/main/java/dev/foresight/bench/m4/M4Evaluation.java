package dev.foresight.bench.m4;

import java.util.List;
import java.util.Map;

/** Scores forecasts of a set of series the way the M4 competition does (means over series). */
public final class M4Evaluation {

    /** Aggregate scores; {@code coverage95} is NaN when no bounds were given. */
    public record Score(int series, double smape, double mase, double owa, double naive2Smape,
            double naive2Mase, double coverage95) {
    }

    private M4Evaluation() {
    }

    /**
     * Scores every test series. {@code lo95}/{@code hi95} may be null; when present, coverage
     * is the share of test points inside [lo95, hi95] over all series and steps.
     */
    public static Score score(List<M4Csv.Row> train, List<M4Csv.Row> test, Map<String, double[]> forecasts,
            Map<String, double[]> lo95, Map<String, double[]> hi95, int m) {
        Map<String, double[]> history = new java.util.HashMap<>();
        train.forEach(r -> history.put(r.id(), r.values()));
        double smape = 0;
        double mase = 0;
        double n2Smape = 0;
        double n2Mase = 0;
        long inside = 0;
        long points = 0;
        for (M4Csv.Row row : test) {
            double[] x = require(history, row.id(), "train");
            double[] y = row.values();
            double[] f = require(forecasts, row.id(), "forecast");
            if (f.length != y.length) {
                throw new IllegalArgumentException("series \"" + row.id() + "\": forecast has " + f.length
                        + " values, test has " + y.length);
            }
            double scale = M4Metrics.maseScale(x, m);
            if (scale == 0) {
                throw new IllegalArgumentException("series \"" + row.id() + "\": MASE scale is zero");
            }
            double[] naive2 = M4Metrics.naive2(x, y.length, m);
            smape += M4Metrics.smape(y, f);
            mase += M4Metrics.mase(y, f, scale);
            n2Smape += M4Metrics.smape(y, naive2);
            n2Mase += M4Metrics.mase(y, naive2, scale);
            if (lo95 != null && hi95 != null) {
                double[] lo = require(lo95, row.id(), "lo95");
                double[] hi = require(hi95, row.id(), "hi95");
                for (int i = 0; i < y.length; i++) {
                    inside += lo[i] <= y[i] && y[i] <= hi[i] ? 1 : 0;
                    points++;
                }
            }
        }
        int k = test.size();
        double s = smape / k;
        double q = mase / k;
        double owa = 0.5 * (s / (n2Smape / k) + q / (n2Mase / k));
        return new Score(k, s, q, owa, n2Smape / k, n2Mase / k, points == 0 ? Double.NaN : (double) inside / points);
    }

    private static double[] require(Map<String, double[]> map, String id, String what) {
        double[] v = map.get(id);
        if (v == null) {
            throw new IllegalArgumentException("series \"" + id + "\" missing from the " + what + " file");
        }
        return v;
    }
}

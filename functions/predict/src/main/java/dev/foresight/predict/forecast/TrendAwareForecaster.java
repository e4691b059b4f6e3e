package dev.foresight.predict.forecast;

import java.util.Arrays;

/**
 * Adds a robust local trend to a base forecast, for failure prediction: a metric drifting towards
 * its limit should be extrapolated, and a seasonal combination without a trend term only repeats
 * its level. Steps:
 * <ol>
 *   <li>Deseasonalise with a robust daily profile: per phase, the median over the last cycles of
 *       the value minus its cycle's median (one incident does not enter the profile).</li>
 *   <li>Theil–Sen slope of the deseasonalised residual over the recent window (about 6 h): the
 *       median of pairwise slopes, which a spike or a step half the window long cannot move.
 *       When the slope changed inside the window ({@link SlopeChange}: a broken line beats a
 *       straight one by BIC), only the segment since the change counts: a creep that began
 *       minutes ago is not outvoted by the flat hours before it. A seasonal series is read so
 *       only when the window spans two of its cycles.</li>
 *   <li>Soft-threshold the slope by two standard errors (residual spread about the line, inflated
 *       for lag-one autocorrelation): noise slopes become 0 instead of a drift.</li>
 *   <li>Damp it with a half-life equal to the window: a trend is extrapolated about as far as it
 *       has been seen; the base's own drift, if any, is not added twice.</li>
 *   <li>The mean is the average of the base plus that trend and a robust seasonal-trend path
 *       (last level + trend + profile). Equal weights halve a seasonal base's echo of yesterday's
 *       incident, which the median profile does not contain.</li>
 *   <li>Intervals keep the base's half-widths, widened in quadrature by the slope's own
 *       uncertainty times the damped step count (the drift term).</li>
 * </ol>
 * With too little recent data the base forecast is returned unchanged.
 */
public final class TrendAwareForecaster implements Forecaster {
    /** How much recent history sets the trend, in seconds; also the trend's half-life. */
    static final double WINDOW_SECONDS = 6 * 3_600;
    static final int MIN_WINDOW = 24;
    static final int MAX_WINDOW = 144;
    /** Cycles the robust profile is taken over, at most. */
    static final int PROFILE_CYCLES = 7;
    /** Slopes within this many standard errors of zero are treated as no trend. */
    static final double SLOPE_THRESHOLD = 2;
    /** Weight of the robust seasonal-trend path against the base plus trend. */
    static final double ROBUST_WEIGHT = 0.5;
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double Z95 = 1.959963984540054;

    private final Forecaster base;
    private final int period;
    private final int window;
    private final boolean enabled;

    /**
     * @param base the forecaster the history allows
     * @param period the shortest seasonal period in steps (0 or 1: not seasonal)
     * @param stepSeconds the series' resolution, which sets the trend window
     */
    public TrendAwareForecaster(Forecaster base, int period, double stepSeconds) {
        if (!(stepSeconds > 0)) {
            throw new IllegalArgumentException("step must be > 0, got " + stepSeconds);
        }
        this.base = base;
        this.period = Math.max(1, period);
        this.window = (int) Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, Math.round(WINDOW_SECONDS / stepSeconds)));
        this.enabled = true;
    }

    private TrendAwareForecaster(Forecaster base) {
        this.base = base;
        this.period = 1;
        this.window = MIN_WINDOW;
        this.enabled = false;
    }

    /** The base forecaster unchanged, behind the same interface (trend switched off). */
    public static TrendAwareForecaster off(Forecaster base) {
        return new TrendAwareForecaster(base);
    }

    public Forecaster base() {
        return base;
    }

    @Override
    public Forecast forecast(double[] history, int horizon) {
        return adjust(history, base.forecast(history, horizon));
    }

    /** The base forecast of {@code history} with the trend added (no second base forecast). */
    public Forecast adjust(double[] history, Forecast forecast) {
        if (!enabled) {
            return forecast;
        }
        int n = history.length;
        double[] profile = profile(history);
        int from = Math.max(0, n - window);
        double[] t = new double[n - from];
        double[] r = new double[n - from];
        int m = 0;
        for (int i = from; i < n; i++) {
            if (Double.isFinite(history[i])) {
                t[m] = i - (n - 1); // 0 at the last point
                r[m] = history[i] - profile[Math.floorMod(i, period)];
                m++;
            }
        }
        if (m < MIN_WINDOW / 2) {
            return forecast;
        }
        t = Arrays.copyOf(t, m);
        r = Arrays.copyOf(r, m);
        // within one seasonal cycle an afternoon warm-up looks like a creep: read a change of
        // slope only from a residual that spans two cycles, or from a series with no season
        int since = period < 2 || m >= 2 * period ? SlopeChange.start(t, r, MIN_WINDOW / 2) : 0;
        if (since > 0) { // the slope changed inside the window: the trend is the latest segment's
            t = Arrays.copyOfRange(t, since, m);
            r = Arrays.copyOfRange(r, since, m);
            m -= since;
        }
        double slope = theilSen(t, r);
        double[] offsets = new double[m];
        for (int i = 0; i < m; i++) {
            offsets[i] = r[i] - slope * t[i];
        }
        double level = median(offsets.clone());
        double se = slopeStandardError(t, offsets, level);
        if (!Double.isFinite(se)) {
            return forecast;
        }
        double trend = Math.signum(slope) * Math.max(0, Math.abs(slope) - SLOPE_THRESHOLD * se);
        int h = forecast.horizon();
        double[] deseasonalised = new double[h];
        double[] steps = new double[h];
        for (int k = 0; k < h; k++) {
            steps[k] = k + 1;
            deseasonalised[k] = forecast.mean()[k] - profile[Math.floorMod(n + k, period)];
        }
        double baseDrift = h >= 2 ? theilSen(Arrays.copyOf(steps, Math.min(h, window)),
                Arrays.copyOf(deseasonalised, Math.min(h, window))) : 0;
        // add only the part of the trend the base does not already forecast
        double missing = trend - baseDrift;
        double added = Math.signum(missing) == Math.signum(trend) ? missing : 0;
        double phi = Math.pow(0.5, 1.0 / window);
        double[] mean = new double[h];
        double[] lo80 = new double[h];
        double[] hi80 = new double[h];
        double[] lo95 = new double[h];
        double[] hi95 = new double[h];
        double damped = 0;
        double power = 1;
        for (int k = 0; k < h; k++) {
            power *= phi;
            damped += power;
            double withTrend = forecast.mean()[k] + added * damped;
            double robust = level + trend * damped + profile[Math.floorMod(n + k, period)];
            mean[k] = (1 - ROBUST_WEIGHT) * withTrend + ROBUST_WEIGHT * robust;
            double drift = se * damped;
            lo80[k] = mean[k] - widen(forecast.mean()[k] - forecast.lo80()[k], drift * 1.2815515655446004);
            hi80[k] = mean[k] + widen(forecast.hi80()[k] - forecast.mean()[k], drift * 1.2815515655446004);
            lo95[k] = mean[k] - widen(forecast.mean()[k] - forecast.lo95()[k], drift * Z95);
            hi95[k] = mean[k] + widen(forecast.hi95()[k] - forecast.mean()[k], drift * Z95);
        }
        return new Forecast(mean, lo80, hi80, lo95, hi95);
    }

    private static double widen(double half, double extra) {
        return Math.sqrt(Math.max(0, half) * Math.max(0, half) + extra * extra);
    }

    /** Robust seasonal profile (median 0), all zeros when not seasonal or under two cycles. */
    double[] profile(double[] y) {
        double[] profile = new double[period];
        int cycles = Math.min(PROFILE_CYCLES, y.length / period);
        if (period < 2 || cycles < 2) {
            return profile;
        }
        int start = y.length - cycles * period;
        double[][] byPhase = new double[period][cycles];
        int[] counts = new int[period];
        for (int c = 0; c < cycles; c++) {
            int from = start + c * period;
            double[] cycle = Arrays.stream(y, from, from + period).filter(Double::isFinite).toArray();
            if (cycle.length < period / 2) {
                continue;
            }
            double centre = median(cycle);
            for (int i = from; i < from + period; i++) {
                if (Double.isFinite(y[i])) {
                    int phase = Math.floorMod(i, period);
                    byPhase[phase][counts[phase]++] = y[i] - centre;
                }
            }
        }
        for (int p = 0; p < period; p++) {
            profile[p] = counts[p] == 0 ? 0 : median(Arrays.copyOf(byPhase[p], counts[p]));
        }
        double centre = median(profile.clone());
        for (int p = 0; p < period; p++) {
            profile[p] -= centre;
        }
        return profile;
    }

    /** Median of the pairwise slopes. */
    static double theilSen(double[] t, double[] y) {
        int n = t.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (t[j] != t[i]) {
                    slopes[k++] = (y[j] - y[i]) / (t[j] - t[i]);
                }
            }
        }
        return k == 0 ? 0 : median(Arrays.copyOf(slopes, k));
    }

    /**
     * Standard error of the slope from the robust spread of the residuals about the line,
     * inflated by (1 + rho) / (1 - rho) for their lag-one autocorrelation rho: neighbouring
     * points of a fine-grained metric are not independent evidence of a trend.
     */
    static double slopeStandardError(double[] t, double[] offsets, double level) {
        int n = t.length;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = offsets[i] - level;
        }
        double[] abs = Arrays.stream(e).map(Math::abs).toArray();
        double sigma = MAD_TO_SIGMA * median(abs);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            den += e[i] * e[i];
            if (i > 0) {
                num += e[i] * e[i - 1];
            }
        }
        double rho = den > 0 ? Math.max(0, Math.min(0.95, num / den)) : 0;
        double tMean = Arrays.stream(t).average().orElse(0);
        double sxx = Arrays.stream(t).map(v -> (v - tMean) * (v - tMean)).sum();
        return sxx > 0 ? sigma * Math.sqrt((1 + rho) / (1 - rho) / sxx) : Double.POSITIVE_INFINITY;
    }

    /** Median; sorts its argument in place. */
    static double median(double[] x) {
        Arrays.sort(x);
        int n = x.length;
        return n == 0 ? 0 : n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }
}

package dev.foresight.predict.forecast.selection;

import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.Forecaster;
import dev.foresight.predict.forecast.TrendAwareForecaster;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Picks the forecaster a metric's history can support. A seasonal model needs to see each cycle
 * at least twice before its profile means anything, so:
 * <ul>
 *   <li>history spanning two days or more at its step: {@link CombinedForecaster} with the daily
 *       period (86 400 s / step), plus the weekly one once the history spans two weeks;</li>
 *   <li>otherwise the non-seasonal {@link DampedTrendForecaster}.</li>
 * </ul>
 * Steps of half a day or more cannot show a daily cycle (period &lt; 2); they get the weekly
 * period alone when two weeks are there. Periods are rounded to whole steps, and dropped when
 * the rounding moves the cycle by more than 1 % (a profile that drifts that much per cycle
 * smears out within a few cycles).
 * The history's span counts, not its observed points: gaps are interpolated by the combination.
 * <p>
 * Failure prediction asks a different question from the forecast (will the metric leave its
 * range, not what is its most likely path), so {@link #forFailure} wraps the choice in a
 * {@link TrendAwareForecaster} that extrapolates a robust local trend.
 */
public final class ForecasterSelector {
    static final double DAY_SECONDS = 86_400;
    static final double WEEK_SECONDS = 7 * DAY_SECONDS;
    /** Cycles a period must fit into the history before it is modelled. */
    static final int CYCLES_NEEDED = 2;
    /** Largest relative error of a period rounded to whole steps. */
    static final double MAX_ROUNDING = 0.01;

    private final Forecaster nonSeasonal;
    private final boolean seasonal;
    private final boolean trend;

    private ForecasterSelector(Forecaster nonSeasonal, boolean seasonal, boolean trend) {
        this.nonSeasonal = nonSeasonal;
        this.seasonal = seasonal;
        this.trend = trend;
    }

    /** Seasonal combination when the history allows, damped trend otherwise; trend-aware for failures. */
    public static ForecasterSelector bestForHistory() {
        return new ForecasterSelector(new DampedTrendForecaster(), true, true);
    }

    /** Always the given forecaster, whatever the history, for failures too (tests, baselines). */
    public static ForecasterSelector always(Forecaster forecaster) {
        return new ForecasterSelector(forecaster, false, false);
    }

    /** The same choice with the failure forecast trend-aware or not (baselines). */
    public ForecasterSelector withTrend(boolean trendAware) {
        return new ForecasterSelector(nonSeasonal, seasonal, trendAware);
    }

    /**
     * The forecaster failure prediction should read: {@link #select}'s choice with a robust
     * local trend on top, or that choice unchanged when the trend is off.
     */
    public TrendAwareForecaster forFailure(double stepSeconds, int historyPoints) {
        Forecaster base = select(stepSeconds, historyPoints);
        if (!trend) {
            return TrendAwareForecaster.off(base);
        }
        int[] periods = seasonal ? seasonalPeriods(stepSeconds, historyPoints) : new int[0];
        return new TrendAwareForecaster(base, periods.length == 0 ? 1 : periods[0], stepSeconds);
    }

    /** The forecaster for a history of {@code historyPoints} grid points spaced {@code stepSeconds} apart. */
    public Forecaster select(double stepSeconds, int historyPoints) {
        if (!seasonal) {
            return nonSeasonal;
        }
        int[] periods = seasonalPeriods(stepSeconds, historyPoints);
        return periods.length == 0 ? nonSeasonal : new CombinedForecaster(periods);
    }

    /**
     * Daily and weekly periods in steps, ascending, each kept only if it is at least 2 steps and
     * the history holds it twice; empty when no cycle qualifies.
     */
    public static int[] seasonalPeriods(double stepSeconds, int historyPoints) {
        if (!(stepSeconds > 0) || Double.isInfinite(stepSeconds)) {
            throw new IllegalArgumentException("step must be a positive number of seconds, got " + stepSeconds);
        }
        return IntStream.of(period(DAY_SECONDS, stepSeconds), period(WEEK_SECONDS, stepSeconds))
                .filter(p -> p >= 2 && (long) CYCLES_NEEDED * p <= historyPoints)
                .distinct()
                .toArray();
    }

    /** The cycle in whole steps, or 0 when it is under 2 steps or rounding would distort it. */
    private static int period(double cycleSeconds, double stepSeconds) {
        long steps = Math.round(cycleSeconds / stepSeconds);
        if (steps < 2 || steps > Integer.MAX_VALUE / CYCLES_NEEDED
                || Math.abs(steps * stepSeconds - cycleSeconds) > MAX_ROUNDING * cycleSeconds) {
            return 0;
        }
        return (int) steps;
    }

    /** A readable name of the choice for a history, e.g. {@code combined(288)} or {@code damped-trend}. */
    public String describe(double stepSeconds, int historyPoints) {
        int[] periods = seasonal ? seasonalPeriods(stepSeconds, historyPoints) : new int[0];
        return periods.length == 0 ? nonSeasonal.getClass().getSimpleName()
                : "CombinedForecaster" + Arrays.toString(periods);
    }

    /** {@link #describe} of the failure forecaster, e.g. {@code CombinedForecaster[288] + trend}. */
    public String describeForFailure(double stepSeconds, int historyPoints) {
        return describe(stepSeconds, historyPoints) + (trend ? " + trend" : "");
    }
}

package dev.foresight.bench.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baseline an operator already has: Prometheus' {@code predict_linear(metric[window], horizon)}
 * compared with the same limits, one alert rule per side and no {@code for:} clause. At each slot
 * an ordinary least-squares line is fitted to the observed points of the last {@code window}
 * (both ends included, so hourly data has two points in a 1 h window) and extrapolated
 * {@code horizon} past the evaluation time. A latest value already beyond a limit is "already
 * over" (time to failure 0); otherwise a line beyond it at the horizon is a forecast warning whose
 * time to failure is where the line crosses. Fewer than two points: no prediction, as Prometheus.
 */
public record LinearBaseline(double windowSeconds, double horizonSeconds) {

    public LinearBaseline {
        if (!(windowSeconds > 0) || !(horizonSeconds > 0)) {
            throw new IllegalArgumentException("window and horizon must be positive");
        }
    }

    /** The four rules printed beside Foresight: 1 h and 6 h windows, 1 h and 4 h horizons. */
    public static List<LinearBaseline> standard() {
        return List.of(new LinearBaseline(3_600, 3_600), new LinearBaseline(3_600, 4 * 3_600),
                new LinearBaseline(6 * 3_600, 3_600), new LinearBaseline(6 * 3_600, 4 * 3_600));
    }

    public String label() {
        return String.format(Locale.ROOT, "predict_linear[%.0fh], %.0f h", windowSeconds / 3_600, horizonSeconds / 3_600);
    }

    /** One entry per observed slot after the reference period, like {@link WarningReplay#run}. */
    public List<Warning> run(WarningSeries series, LimitBand band, boolean floors, int every) {
        double[] y = series.values();
        double step = series.stepSeconds();
        int back = (int) Math.floor(windowSeconds / step + 1e-9);
        double ahead = horizonSeconds / step;
        List<Warning> out = new ArrayList<>();
        for (int slot = series.referenceEnd(); slot < y.length; slot += every) {
            if (Double.isNaN(y[slot])) {
                continue;
            }
            boolean floor = floors && band.hasFloor();
            if (y[slot] > band.ceiling() || floor && y[slot] < band.floor()) {
                out.add(new Warning(slot, true, 1.0, 0, y[slot] > band.ceiling()));
                continue;
            }
            double[] line = fit(y, Math.max(0, slot - back), slot);
            if (line == null) {
                out.add(Warning.quiet(slot));
                continue;
            }
            double level = line[0];
            double slope = line[1];
            double predicted = level + slope * ahead;
            if (predicted > band.ceiling()) {
                out.add(new Warning(slot, true, 1.0, (band.ceiling() - level) / slope * step, true));
            } else if (floor && predicted < band.floor()) {
                out.add(new Warning(slot, true, 1.0, (band.floor() - level) / slope * step, false));
            } else {
                out.add(Warning.quiet(slot));
            }
        }
        return out;
    }

    /** {value at slot {@code to}, slope per slot} of the least-squares line over [from, to], or null. */
    static double[] fit(double[] y, int from, int to) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i <= to; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            double x = i - to;
            n++;
            sx += x;
            sy += y[i];
            sxx += x * x;
            sxy += x * y[i];
        }
        double d = n * sxx - sx * sx;
        if (n < 2 || d <= 0) {
            return null;
        }
        double slope = (n * sxy - sx * sy) / d;
        return new double[] {(sy - slope * sx) / n, slope};
    }
}

package dev.foresight.bench.m4;

import dev.foresight.predict.forecast.CombinedForecaster;
import dev.foresight.predict.forecast.Forecast;
import dev.foresight.predict.forecast.Forecaster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Forecasts every series of an M4 Hourly training file 48 steps ahead.
 * Usage: {@code M4Bench --train FILE --out FILE [--model combined|snaive]}; writes the point
 * forecasts to FILE and the 95 % bounds to FILE.lo95.csv and FILE.hi95.csv.
 */
public final class M4Bench {

    static final int HORIZON = 48;
    private static final Logger LOG = Logger.getLogger(M4Bench.class.getName());

    private M4Bench() {
    }

    public static void main(String[] args) {
        M4Args a = M4Args.parse(args, "--train", "--out");
        String model = a.optional("--model", "combined");
        Forecaster forecaster = switch (model) {
            case "combined" -> new CombinedForecaster(24, 168);
            case "snaive" -> M4Bench::seasonalNaive;
            default -> throw new IllegalArgumentException("--model must be combined or snaive, got \"" + model + "\"");
        };
        long start = System.nanoTime();
        int count = run(Path.of(a.required("--train")), Path.of(a.required("--out")), forecaster);
        LOG.info(() -> String.format("%d series forecast in %.0f ms", count, (System.nanoTime() - start) / 1e6));
    }

    /** Forecasts all series and writes the three files; returns the number of series. */
    static int run(Path train, Path out, Forecaster forecaster) {
        List<M4Csv.Row> mean = new ArrayList<>();
        List<M4Csv.Row> lo = new ArrayList<>();
        List<M4Csv.Row> hi = new ArrayList<>();
        for (M4Csv.Row row : M4Csv.readSeries(train)) {
            Forecast f = forecaster.forecast(row.values(), HORIZON);
            mean.add(new M4Csv.Row(row.id(), f.mean()));
            lo.add(new M4Csv.Row(row.id(), f.lo95()));
            hi.add(new M4Csv.Row(row.id(), f.hi95()));
        }
        M4Csv.write(out, mean, HORIZON);
        M4Csv.write(lowerPath(out), lo, HORIZON);
        M4Csv.write(upperPath(out), hi, HORIZON);
        return mean.size();
    }

    static Path lowerPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".lo95.csv");
    }

    static Path upperPath(Path out) {
        return out.resolveSibling(out.getFileName() + ".hi95.csv");
    }

    /** The baseline: last day repeated, with the last-day spread as a rough 95 % band. */
    static Forecast seasonalNaive(double[] history, int horizon) {
        double[] m = M4Metrics.seasonalNaive(history, horizon, 24);
        double sum = 0;
        for (int t = 24; t < history.length; t++) {
            sum += (history[t] - history[t - 24]) * (history[t] - history[t - 24]);
        }
        double s = Math.sqrt(sum / (history.length - 24));
        double[] lo80 = new double[horizon];
        double[] hi80 = new double[horizon];
        double[] lo95 = new double[horizon];
        double[] hi95 = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            lo80[i] = m[i] - 1.2816 * s;
            hi80[i] = m[i] + 1.2816 * s;
            lo95[i] = m[i] - 1.96 * s;
            hi95[i] = m[i] + 1.96 * s;
        }
        return new Forecast(m, lo80, hi80, lo95, hi95);
    }
}

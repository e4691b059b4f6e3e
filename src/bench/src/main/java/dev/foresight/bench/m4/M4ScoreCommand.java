package dev.foresight.bench.m4;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a forecast file against the M4 rules: {@code --forecast FILE --test FILE --train FILE}.
 * Prints sMAPE, MASE (m = 24), OWA against Naive2 and, when FILE.lo95.csv and FILE.hi95.csv
 * exist, the share of test points inside the 95 % bounds.
 */
public final class M4ScoreCommand {

    static final int SEASON = 24;

    private M4ScoreCommand() {
    }

    @SuppressWarnings("java:S106") // a command-line tool: its answer is the standard output
    public static void main(String[] args) {
        M4Args a = M4Args.parse(args, "--forecast", "--test", "--train");
        M4Evaluation.Score s = score(Path.of(a.required("--forecast")), Path.of(a.required("--test")),
                Path.of(a.required("--train")));
        System.out.println(json(s));
    }

    static M4Evaluation.Score score(Path forecast, Path test, Path train) {
        List<M4Csv.Row> testRows = M4Csv.readSeries(test);
        int horizon = testRows.get(0).values().length;
        Map<String, double[]> f = M4Csv.readForecasts(forecast, horizon);
        Path lo = M4Bench.lowerPath(forecast);
        Path hi = M4Bench.upperPath(forecast);
        boolean bounds = Files.exists(lo) && Files.exists(hi);
        return M4Evaluation.score(M4Csv.readSeries(train), testRows, f,
                bounds ? M4Csv.readForecasts(lo, horizon) : null, bounds ? M4Csv.readForecasts(hi, horizon) : null,
                SEASON);
    }

    static String json(M4Evaluation.Score s) {
        String coverage = Double.isNaN(s.coverage95()) ? "null" : String.format(Locale.ROOT, "%.4f", s.coverage95());
        return String.format(Locale.ROOT,
                "{\"n_series\": %d, \"smape\": %.4f, \"mase\": %.4f, \"owa\": %.4f, "
                        + "\"naive2\": {\"smape\": %.4f, \"mase\": %.4f}, \"coverage95\": %s}",
                s.series(), s.smape(), s.mase(), s.owa(), s.naive2Smape(), s.naive2Mase(), coverage);
    }
}

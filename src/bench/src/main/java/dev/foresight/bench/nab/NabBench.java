package dev.foresight.bench.nab;

import dev.foresight.predict.anomaly.OnlineDetector;
import dev.foresight.predict.anomaly.OnlineDetectorConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@link OnlineDetector} over every {@code category/file.csv} under {@code --data} and writes
 * NAB result files ({@code timestamp,value,anomaly_score}) to the same relative paths under
 * {@code --out}. One fresh detector per file, one configuration for the whole corpus.
 */
public final class NabBench {
    private NabBench() {
    }

    public static void main(String[] args) throws IOException {
        NabArgs parsed = NabArgs.parse(args, "--data", "--out");
        Path data = parsed.path("--data");
        Path out = parsed.path("--out");
        long start = System.nanoTime();
        long points = 0;
        List<String> files = dataFiles(data);
        for (String name : files) {
            NabSeries series = NabSeries.read(data.resolve(name), name);
            double[] scores = run(series);
            write(out.resolve(name), series, scores);
            points += series.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "scored %d files, %d points in %.2f s%n", files.size(), points, seconds);
    }

    /** The scores of one series, each computed from the rows up to it only. */
    public static double[] run(NabSeries series) {
        return run(series, OnlineDetectorConfig.defaults());
    }

    /** As {@link #run(NabSeries)} with other detector settings. */
    public static double[] run(NabSeries series, OnlineDetectorConfig config) {
        OnlineDetector detector = new OnlineDetector(config);
        double[] scores = new double[series.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = detector.score(series.epochMillis()[i], series.values()[i]);
        }
        return scores;
    }

    /** Relative paths {@code category/file.csv} of the data folder, sorted. */
    public static List<String> dataFiles(Path data) throws IOException {
        try (Stream<Path> walk = Files.walk(data, 2)) {
            return walk.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p))
                    .map(p -> data.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static void write(Path file, NabSeries series, double[] scores) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("timestamp,value,anomaly_score\n");
            for (int i = 0; i < scores.length; i++) {
                w.write(series.timestamps().get(i));
                w.write(',');
                w.write(Double.toString(series.values()[i]));
                w.write(',');
                w.write(String.format(Locale.ROOT, "%.9f", scores[i]));
                w.write('\n');
            }
        }
    }
}

package dev.foresight.bench.warning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.bench.nab.NabCorpus;
import dev.foresight.bench.nab.NabSeries;
import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code foresight bench warning}: how early the failure prediction warns before the NAB series
 * that end in a known failure, and how often it warns elsewhere. Each series is replayed online
 * ({@link WarningReplay}) against limits set from its reference period alone ({@link LimitBand}),
 * then scored against the labelled windows ({@link WarningScore}). Whichever of the matching
 * files exist under the data folder are used.
 */
public final class EarlyWarningBench {
    private EarlyWarningBench() {
    }

    public static void main(String[] args) throws IOException {
        WarningArgs a;
        try {
            a = WarningArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        // a sweep replays once at the lowest level and raises the bar afterwards (same warnings)
        FailurePredictor predictor = new FailurePredictor(a.sweep().isEmpty() ? a.warnAt()
                : a.sweep().stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        List<FileResult> results = a.synthetic() > 0
                ? synthetic(a.seed(), a.synthetic(), a.settings(), a.forecasters(), predictor)
                : run(a.data(), a.labels(), a.points(), a.match(), a.settings(), a.forecasters(), predictor);
        String table = WarningTable.render(results, a.settings()) + "\n" + comparison(results, a.settings())
                + (a.sweep().isEmpty() ? "" : "\n" + sweep(results, a.settings(), a.sweep()));
        System.out.print(table);
        System.out.flush();
        System.err.printf("%d file(s) in %.1f s%n", results.size(), (System.nanoTime() - started) / 1e9);
        if (a.out().isPresent()) {
            Path out = a.out().get();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, table);
        }
    }

    /**
     * Foresight's totals beside the predict_linear rules on the same series, then the reliability
     * of Foresight's stated confidence.
     */
    static String comparison(List<FileResult> results, WarningSettings settings) {
        Map<String, List<FileResult>> methods = new LinkedHashMap<>();
        methods.put("**Foresight**", results);
        for (LinearBaseline rule : LinearBaseline.standard()) {
            methods.put(rule.label(), results.stream().map(r -> baseline(r.series(), rule, settings)).toList());
        }
        return "Beside predict_linear (same limits, same scoring; no `for:` clause):\n\n"
                + ComparisonTable.render(methods)
                + "\nReliability of Foresight's stated confidence (forecast warnings only):\n\n"
                + Reliability.render(Reliability.of(results, settings));
    }

    /**
     * Foresight's row at each warn-at level: forecast warnings whose stated crossing probability
     * is under the level are dropped, as {@code new FailurePredictor(level)} would not raise them
     * ("already over" stays: it is detection, not a forecast).
     */
    static String sweep(List<FileResult> results, WarningSettings settings, List<Double> levels) {
        Map<String, List<FileResult>> methods = new LinkedHashMap<>();
        for (double level : levels) {
            methods.put(String.format(java.util.Locale.ROOT, "Foresight, warn at %.2f", level),
                    results.stream().map(r -> atLevel(r, level, settings)).toList());
        }
        return "Foresight at each warn-at level (one replay):\n\n" + ComparisonTable.render(methods);
    }

    static FileResult atLevel(FileResult r, double level, WarningSettings settings) {
        List<Warning> kept = r.evaluations().stream()
                .map(w -> w.forecast() && w.confidence() < level ? Warning.quiet(w.slot()) : w).toList();
        int lead = settings.horizonSteps(r.series().stepSeconds());
        return new FileResult(r.series(), r.band(), r.forecaster(), WarningScore.of(r.series(), kept, lead), kept);
    }

    /** Replays and scores every labelled file whose name contains {@code match} and that exists under {@code data}. */
    public static List<FileResult> run(Path data, Path labels, Optional<Path> points, String match,
                                       WarningSettings settings, ForecasterSelector forecasters) throws IOException {
        return run(data, labels, points, match, settings, forecasters, new FailurePredictor());
    }

    /** As {@link #run}, with the given failure predictor. */
    public static List<FileResult> run(Path data, Path labels, Optional<Path> points, String match,
                                       WarningSettings settings, ForecasterSelector forecasters,
                                       FailurePredictor predictor) throws IOException {
        Map<String, List<String[]>> windows = NabCorpus.readWindows(labels);
        Map<String, List<String>> labelPoints = points.isPresent()
                ? new ObjectMapper().readValue(points.get().toFile(), new TypeReference<Map<String, List<String>>>() { })
                : Map.of();
        WarningReplay replay = new WarningReplay(settings, forecasters, predictor);
        List<FileResult> results = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : windows.entrySet()) {
            Optional<Path> file = locate(data, e.getKey());
            if (!e.getKey().contains(match) || file.isEmpty()) {
                continue;
            }
            NabSeries rows = NabSeries.read(file.get(), e.getKey());
            WarningSeries series = series(rows, e.getValue(), labelPoints.getOrDefault(e.getKey(), List.of()));
            results.add(score(series, replay, forecasters, settings));
        }
        return results;
    }

    /** Replays and scores {@code count} seeded slow failures ({@link SlowFailureGenerator}). */
    public static List<FileResult> synthetic(long seed, int count, WarningSettings settings,
                                             ForecasterSelector forecasters) {
        return synthetic(seed, count, settings, forecasters, new FailurePredictor());
    }

    /** As {@link #synthetic}, with the given failure predictor. */
    public static List<FileResult> synthetic(long seed, int count, WarningSettings settings,
                                             ForecasterSelector forecasters, FailurePredictor predictor) {
        WarningReplay replay = new WarningReplay(settings, forecasters, predictor);
        return SlowFailureGenerator.generate(seed, count, settings.k()).stream()
                .map(s -> score(s, replay, forecasters, settings)).toList();
    }

    /** One series end to end: limits from its reference period, replay, score. */
    public static FileResult score(WarningSeries series, WarningReplay replay, ForecasterSelector forecasters,
                                   WarningSettings settings) {
        LimitBand band = LimitBand.fromReference(series.reference(), settings.k());
        List<Warning> evaluations = replay.run(series, band);
        int lead = settings.horizonSteps(series.stepSeconds());
        String forecaster = forecasters.describeForFailure(series.stepSeconds(), Math.min(settings.window(), series.values().length));
        return new FileResult(series, band, forecaster, WarningScore.of(series, evaluations, lead), evaluations);
    }

    /** The same series, limits and scoring with a predict_linear rule instead of the forecaster. */
    public static FileResult baseline(WarningSeries series, LinearBaseline rule, WarningSettings settings) {
        LimitBand band = LimitBand.fromReference(series.reference(), settings.k());
        List<Warning> evaluations = rule.run(series, band, settings.floors(), settings.every());
        int lead = settings.horizonSteps(series.stepSeconds());
        return new FileResult(series, band, rule.label(), WarningScore.of(series, evaluations, lead), evaluations);
    }

    /** The data folder may be NAB's {@code data} root or the category folder itself. */
    private static Optional<Path> locate(Path data, String relative) {
        Path full = data.resolve(relative);
        if (Files.isRegularFile(full)) {
            return Optional.of(full);
        }
        Path flat = data.resolve(Path.of(relative).getFileName());
        return Files.isRegularFile(flat) ? Optional.of(flat) : Optional.empty();
    }

    static WarningSeries series(NabSeries rows, List<String[]> windows, List<String> points) {
        long[][] bounds = new long[windows.size()][];
        long[] labels = new long[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            bounds[w] = new long[] {millis(windows.get(w)[0]), millis(windows.get(w)[1])};
            labels[w] = Long.MIN_VALUE;
            for (String p : points) {
                long t = millis(p);
                if (t >= bounds[w][0] && t <= bounds[w][1]) {
                    labels[w] = t;
                    break;
                }
            }
        }
        return WarningSeries.of(rows.name(), rows.epochMillis(), rows.values(), bounds, labels);
    }

    private static long millis(String timestamp) {
        return NabSeries.parseTime(timestamp).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}

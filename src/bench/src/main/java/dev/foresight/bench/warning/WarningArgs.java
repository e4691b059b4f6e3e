package dev.foresight.bench.warning;

import dev.foresight.predict.failure.FailurePredictor;
import dev.foresight.predict.forecast.DampedTrendForecaster;
import dev.foresight.predict.forecast.selection.ForecasterSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options of {@code foresight bench warning}, with the defaults of {@link WarningSettings}. */
record WarningArgs(Path data, Path labels, Optional<Path> points, Optional<Path> out, String match,
                   WarningSettings settings, ForecasterSelector forecasters, int synthetic, long seed,
                   double warnAt, List<Double> sweep) {

    static final String USAGE = """
            usage: foresight bench warning (--data DIR --labels FILE | --synthetic N [--seed 1])
                     [--out FILE] [--points FILE]
                     [--match system_failure] [--every 1] [--window 2000] [--horizon-hours 12]
                     [--max-steps 288] [--k 2] [--sides both|upper] [--sustain 1]
                     [--forecaster selected|plain|damped|damped-plain] [--warn-at 0.5] [--sweep 0.5,0.7,0.9]
              selected = the service's choice + robust trend (default); plain = without the trend
              --synthetic N replays N seeded slow failures (SlowFailureGenerator) instead of NAB files
              --warn-at P warns once a crossing inside the horizon has probability P (the service's default 0.5)
              --sweep adds one comparison row per warn-at level, from one replay""";
    private static final Set<String> KNOWN = Set.of("--data", "--labels", "--out", "--points", "--match", "--every",
            "--window", "--horizon-hours", "--max-steps", "--k", "--sides", "--forecaster", "--sustain", "--synthetic",
            "--seed", "--warn-at", "--sweep");

    static WarningArgs parse(String[] args) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!KNOWN.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option \"" + args[i] + "\"\n" + USAGE);
            }
            v.put(args[i], args[i + 1]);
        }
        int synthetic = Integer.parseInt(v.getOrDefault("--synthetic", "0"));
        if (synthetic == 0 && (!v.containsKey("--data") || !v.containsKey("--labels"))) {
            throw new IllegalArgumentException("--data and --labels (or --synthetic N) are required\n" + USAGE);
        }
        WarningSettings d = WarningSettings.defaults();
        String sides = v.getOrDefault("--sides", "both");
        if (!sides.equals("both") && !sides.equals("upper")) {
            throw new IllegalArgumentException("--sides is both or upper, got " + sides);
        }
        WarningSettings settings = new WarningSettings(
                Integer.parseInt(v.getOrDefault("--every", String.valueOf(d.every()))),
                Integer.parseInt(v.getOrDefault("--window", String.valueOf(d.window()))),
                Double.parseDouble(v.getOrDefault("--horizon-hours", String.valueOf(d.horizonSeconds() / 3600))) * 3600,
                Integer.parseInt(v.getOrDefault("--max-steps", String.valueOf(d.maxHorizonSteps()))),
                Double.parseDouble(v.getOrDefault("--k", String.valueOf(d.k()))),
                sides.equals("both"),
                Integer.parseInt(v.getOrDefault("--sustain", String.valueOf(d.sustain()))));
        String forecaster = v.getOrDefault("--forecaster", "selected");
        ForecasterSelector forecasters = switch (forecaster) {
            case "selected" -> ForecasterSelector.bestForHistory();
            case "plain" -> ForecasterSelector.bestForHistory().withTrend(false);
            case "damped" -> ForecasterSelector.always(new DampedTrendForecaster()).withTrend(true);
            case "damped-plain" -> ForecasterSelector.always(new DampedTrendForecaster());
            default -> throw new IllegalArgumentException(
                    "--forecaster is selected, plain, damped or damped-plain, got " + forecaster);
        };
        Path labels = Path.of(v.getOrDefault("--labels", "combined_windows.json"));
        // the point labels sit next to the windows in a NAB checkout; they only add a column
        Path sibling = labels.resolveSibling("combined_labels.json");
        Optional<Path> points = v.containsKey("--points") ? Optional.of(Path.of(v.get("--points")))
                : Files.exists(sibling) && !sibling.equals(labels) ? Optional.of(sibling) : Optional.empty();
        return new WarningArgs(Path.of(v.getOrDefault("--data", ".")), labels, points,
                Optional.ofNullable(v.get("--out")).map(Path::of), v.getOrDefault("--match", "system_failure"), settings,
                forecasters, synthetic, Long.parseLong(v.getOrDefault("--seed", "1")),
                Double.parseDouble(v.getOrDefault("--warn-at", String.valueOf(FailurePredictor.DEFAULT_WARN_AT))),
                v.containsKey("--sweep") ? Arrays.stream(v.get("--sweep").split(",")).map(Double::parseDouble).toList()
                        : List.of());
    }
}

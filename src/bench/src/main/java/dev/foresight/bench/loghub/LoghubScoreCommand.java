package dev.foresight.bench.loghub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code foresight bench score loghub RESULTS [--data DIR]}: scores {@code RESULTS/<System>.csv}
 * ({@code LineId,ClusterId}) against every system under the data folder (default
 * {@code ../shared/bench/loghub/data}) with {@link LoghubScorer}, and prints JSON shaped like
 * {@code loghub_score.py}'s: the unweighted mean over systems, then each system. A missing,
 * duplicate or unknown LineId, an empty ClusterId or a missing file is an error (exit 2).
 */
public final class LoghubScoreCommand {
    static final String DEFAULT_DATA = "../shared/bench/loghub/data";

    private LoghubScoreCommand() {
    }

    public static void main(String[] args) throws IOException {
        LoghubArgs parsed = LoghubArgs.parse(args);
        if (parsed.positional().size() != 1) {
            System.err.println("usage: foresight bench score loghub RESULTS [--data DIR]");
            System.exit(2);
        }
        Path results = Path.of(parsed.positional().get(0));
        Path data = Path.of(parsed.get("--data", DEFAULT_DATA));
        try {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary(results, data)));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("loghub score: error: " + e.getMessage());
            System.exit(2);
        }
    }

    static Map<String, Object> summary(Path results, Path data) throws IOException {
        if (!Files.isDirectory(results)) {
            throw new IllegalArgumentException("results folder not found: " + results);
        }
        List<String> systems = LoghubSample.systems(data);
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("no <System>/<System>_2k.log_structured.csv under " + data);
        }
        Map<String, LoghubScorer.Score> perSystem = new LinkedHashMap<>();
        for (String system : systems) {
            LoghubSample sample = LoghubSample.read(data, system);
            List<String> predicted = readPrediction(results.resolve(system + ".csv"), sample.lineIds());
            perSystem.put(system, LoghubScorer.score(sample.events(), predicted));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results_dir", results.toString());
        out.put("average", average(perSystem));
        Map<String, Object> each = new LinkedHashMap<>();
        perSystem.forEach((system, score) -> each.put(system, json(score)));
        out.put("systems", each);
        return out;
    }

    /** The ClusterId of every LineId, in the sample's order; exactly one row per LineId. */
    static List<String> readPrediction(Path file, List<Integer> lineIds) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("result file missing: " + file);
        }
        Set<Integer> known = new TreeSet<>(lineIds);
        Map<Integer, String> clusters = new HashMap<>();
        Set<Integer> duplicates = new TreeSet<>();
        Set<Integer> unknown = new TreeSet<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try (Reader in = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(false).build().parse(in);
            for (String column : List.of("LineId", "ClusterId")) {
                if (!records.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + ": missing column(s) " + column + " (header is "
                            + String.join(",", records.getHeaderNames()) + ")");
                }
            }
            for (CSVRecord row : records) {
                int id;
                try {
                    id = Integer.parseInt(row.get("LineId").strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ", line " + row.getRecordNumber() + ": LineId \""
                            + row.get("LineId") + "\" is not an integer");
                }
                String cluster = row.get("ClusterId");
                if (cluster.isBlank()) {
                    throw new IllegalArgumentException(file + ", line " + row.getRecordNumber()
                            + ": empty ClusterId for LineId " + id);
                }
                if (clusters.containsKey(id)) {
                    duplicates.add(id);
                } else if (!known.contains(id)) {
                    unknown.add(id);
                } else {
                    clusters.put(id, cluster);
                }
            }
        }
        Set<Integer> missing = new TreeSet<>(known);
        missing.removeAll(clusters.keySet());
        List<String> problems = new ArrayList<>();
        if (!duplicates.isEmpty()) {
            problems.add(duplicates.size() + " duplicate LineId(s) " + duplicates);
        }
        if (!unknown.isEmpty()) {
            problems.add(unknown.size() + " LineId(s) not in the sample " + unknown);
        }
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " LineId(s) missing " + missing);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ", problems)
                    + "; expected exactly one row per LineId");
        }
        return lineIds.stream().map(clusters::get).toList();
    }

    static Map<String, Object> average(Map<String, LoghubScorer.Score> perSystem) {
        int n = perSystem.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("systems", n);
        out.put("GA", mean(perSystem, LoghubScorer.Score::ga));
        out.put("F1", mean(perSystem, LoghubScorer.Score::f1));
        out.put("precision", mean(perSystem, LoghubScorer.Score::precision));
        out.put("recall", mean(perSystem, LoghubScorer.Score::recall));
        out.put("pred_clusters_total", perSystem.values().stream().mapToInt(LoghubScorer.Score::predClusters).sum());
        out.put("true_clusters_total", perSystem.values().stream().mapToInt(LoghubScorer.Score::trueClusters).sum());
        out.put("exact_clusters_total", perSystem.values().stream().mapToInt(LoghubScorer.Score::exactClusters).sum());
        out.put("messages_total", perSystem.values().stream().mapToInt(LoghubScorer.Score::messages).sum());
        out.put("correct_messages_total",
                perSystem.values().stream().mapToInt(LoghubScorer.Score::correctMessages).sum());
        return out;
    }

    /** Summed in system order, as the reference scorer sums, so the last digit agrees too. */
    private static double mean(Map<String, LoghubScorer.Score> perSystem,
                               java.util.function.ToDoubleFunction<LoghubScorer.Score> metric) {
        double sum = 0;
        for (LoghubScorer.Score s : perSystem.values()) {
            sum += metric.applyAsDouble(s);
        }
        return sum / perSystem.size();
    }

    static Map<String, Object> json(LoghubScorer.Score s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("GA", s.ga());
        out.put("F1", s.f1());
        out.put("precision", s.precision());
        out.put("recall", s.recall());
        out.put("messages", s.messages());
        out.put("correct_messages", s.correctMessages());
        out.put("pred_clusters", s.predClusters());
        out.put("true_clusters", s.trueClusters());
        out.put("exact_clusters", s.exactClusters());
        out.put("real_pairs", s.realPairs());
        out.put("parsed_pairs", s.parsedPairs());
        out.put("accurate_pairs", s.accuratePairs());
        return out;
    }
}
